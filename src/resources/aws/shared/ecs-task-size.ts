import { UnknownInput } from "../../attributes.js";
import type { ResourceView } from "../../resource-view.js";
import { FARGATE_FREE_STORAGE_GB, type FargatePlatform } from "./fargate.js";

/** What one Fargate task reserves, from its `aws_ecs_task_definition`. */
export interface TaskSize {
  vcpu: number;
  memoryGb: number;
  platform: FargatePlatform;
  /** Ephemeral storage above the included 20 GB, per task. */
  extraStorageGb: number;
}

export function taskSize(td: ResourceView): TaskSize {
  // Task-level cpu is in CPU units (1024 = 1 vCPU) or "1 vCPU"; memory in MiB or "2 GB".
  const vcpu = parseSize(td, "cpu", /^([\d.]+)\s*vcpu$/i, 1024);
  const memoryGb = parseSize(td, "memory", /^([\d.]+)\s*gb$/i, 1024);
  const runtime = td.block("runtime_platform");
  const os = runtime?.string("operating_system_family", "LINUX") ?? "LINUX";
  const arch = runtime?.string("cpu_architecture", "X86_64") ?? "X86_64";
  // The task's default ephemeral storage is the included 20 GB.
  const storageGb = td.block("ephemeral_storage")?.number("size_in_gib") ?? FARGATE_FREE_STORAGE_GB;
  return {
    vcpu,
    memoryGb,
    platform: os.startsWith("WINDOWS") ? "windows" : arch === "ARM64" ? "arm" : "linux",
    extraStorageGb: Math.max(0, storageGb - FARGATE_FREE_STORAGE_GB),
  };
}

function parseSize(td: ResourceView, name: string, withUnit: RegExp, perUnit: number): number {
  const raw = td.string(name);
  // Fargate requires task-level cpu and memory; a definition without them cannot run there.
  if (raw === undefined) throw new UnknownInput(`task_definition ${name}`, `${td.address} sets no task-level ${name}, which Fargate requires`);
  const unit = withUnit.exec(raw.trim());
  const value = unit ? Number(unit[1]) : Number(raw) / perUnit;
  if (!Number.isFinite(value) || value <= 0) throw new UnknownInput(`task_definition ${name}`, `"${raw}" is not a ${name} size`);
  return value;
}

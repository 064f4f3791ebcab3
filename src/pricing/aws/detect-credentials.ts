import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface CredentialsFound {
  found: boolean;
  /** How: "environment", "web identity", "container", "profile dev". */
  via?: string;
}

/** Keys that make a profile section usable by the SDK's default chain. */
const PROFILE_KEYS = ["aws_access_key_id", "role_arn", "credential_process", "sso_session", "sso_start_url", "web_identity_token_file"];

/**
 * Whether AWS credentials are configured, decided without any network call (EC2 instance
 * roles cannot be seen this way: set COSTGATE_PRICING=aws there). Looks at the environment
 * keys, web identity, container credentials, then the selected profile in the shared
 * credentials and config files.
 */
export function detectAwsCredentials(env: NodeJS.ProcessEnv = process.env, read: (file: string) => string | undefined = readIfExists): CredentialsFound {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return { found: true, via: "environment" };
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return { found: true, via: "web identity" };
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return { found: true, via: "container" };
  const profile = env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || "default";
  const home = os.homedir();
  const credentials = read(env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, ".aws", "credentials"));
  const config = read(env.AWS_CONFIG_FILE || path.join(home, ".aws", "config"));
  const inCredentials = credentials ? iniSection(credentials, profile) : undefined;
  const inConfig = config ? iniSection(config, profile === "default" ? "default" : `profile ${profile}`) : undefined;
  const usable = [inCredentials, inConfig].some((s) => s && PROFILE_KEYS.some((k) => k in s));
  return usable ? { found: true, via: `profile ${profile}` } : { found: false };
}

function readIfExists(file: string): string | undefined {
  try {
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

/** The keys of one `[section]` of an INI file (the AWS shared-file dialect). */
export function iniSection(text: string, name: string): Record<string, string> | undefined {
  let current: string | undefined;
  let found: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (header) {
      current = header[1];
      if (current === name) found ??= {};
      continue;
    }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (kv && current === name && found) found[kv[1].toLowerCase()] = kv[2];
  }
  return found;
}

/**
 * A value Costgate could not know without running Terraform (a computed attribute, a data
 * source, an unresolvable module) or could not evaluate. It is a value, not an error: it
 * flows through expressions and ends up in the output with its reason, never as a silent 0.
 */
export class Unknown {
  constructor(
    /** Why the value is unknown, in words a reviewer understands. */
    readonly reason: string,
    /**
     * When the value is an attribute of another resource that only the provider knows
     * (`aws_launch_template.app.id`), the resource it points at. Cost models follow it to
     * price what the reference names.
     */
    readonly ref?: ResourceRef,
    /** Known bounds of an unknown number, e.g. from `var.big ? 3 : 1`. */
    readonly range?: { min: number; max: number },
  ) {}

  toJSON(): { unknown: true; reason: string } {
    return { unknown: true, reason: this.reason };
  }
}

export interface ResourceRef {
  /** Full address of the referenced resource instance, e.g. `module.app.aws_launch_template.this[0]`. */
  address: string;
  /** Attribute path read from it, e.g. `id` or `arn`. */
  attribute: string;
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

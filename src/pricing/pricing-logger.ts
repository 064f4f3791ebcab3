/** The slice of a pino logger the pricing layer writes to; the App passes its own. */
export interface PricingLogger {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export const silentLogger: PricingLogger = {
  debug() {},
  warn() {},
};

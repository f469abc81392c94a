/** The SDK version; also sent in every record as `context.sdk`. */
export const version = '0.1.0';

/** `context.sdk` on the wire. */
export const SDK_NAME = `touchpoint/${version}`;

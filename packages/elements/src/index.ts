/**
 * @touchpoint/elements: component classes and types, without registering any tag. To register,
 * import a define module: `import '@touchpoint/elements/define/tp-nps.js'`.
 */
export { TpNps, COMMENT_MAX_LENGTH, type NpsStep, type Theme } from './nps/nps.js';
export { FormControl, type ValidityReport } from './internal/form-control.js';
export { registerStrings, setDefaultLocale, type Strings } from './internal/localize.js';
export type {
  DismissDetail,
  DismissReason,
  ResponseDetail,
  ResponseType,
  ShowDetail,
  TpDismissEvent,
  TpShowEvent,
  TpSubmitEvent,
} from './internal/events.js';

/**
 * The tag's styles, inside its shadow root: Facebook's CSS cannot reach in and ours cannot leak
 * out. Colours come from CATEGORY_META (each pair ≥ 4.5:1 contrast).
 */
export const PILL_CSS = `
:host { all: initial; display: inline-flex !important; vertical-align: middle; margin: -5px 4px; position: relative; }
/* The host's inline all:initial beats :host rules, so every box sets its own font. */
button.pill, .tip, .menu { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
button.pill { all: unset; box-sizing: border-box; display: inline-flex; gap: 3px; align-items: center; cursor: pointer;
  border-radius: 999px; padding: 1px 2px; font: 600 11px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
button.pill:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.tag { display: inline-flex; gap: 3px; align-items: center; border-radius: 999px; padding: 1px 7px; white-space: nowrap; }
.handled { background: #e3f4e8; color: #14532d; border: 1px solid #14532d; border-radius: 999px; padding: 0 6px; white-space: nowrap; }
.tip { display: none; position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483646; width: max-content;
  max-width: 320px; background: #1c1c1c; color: #fff; border-radius: 6px; padding: 6px 8px; font-weight: 400;
  font-size: 12px; line-height: 1.4; white-space: normal; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
:host(:hover) .tip, button.pill:focus-visible ~ .tip { display: block; }
:host([data-menu-open]) .tip { display: none; }
.tip ul { margin: 0; padding-left: 14px; }
.tip b { font-weight: 700; }
.menu { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483647; width: 340px; max-height: 420px;
  overflow: auto; background: #fff; color: #1c1c1c; border: 1px solid #8a8a8a; border-radius: 8px; padding: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); font-weight: 400; font-size: 13px; line-height: 1.45; }
.menu[hidden] { display: none; }
.menu h2 { font-size: 13px; margin: 0 0 4px; }
.menu p { margin: 4px 0; }
.menu .reasons { margin: 0 0 8px; padding-left: 16px; color: #333; }
.menu .choice { border-top: 1px solid #ddd; padding: 6px 0; }
.menu .preview { white-space: pre-wrap; background: #f2f6f6; border-radius: 6px; padding: 4px 6px; margin: 4px 0; }
.menu .missing { background: #fff4d6; border-bottom: 2px dotted #8a4b00; }
.menu .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.menu button { all: unset; box-sizing: border-box; cursor: pointer; border: 1px solid #0b6e69; color: #074f4b;
  background: #fff; border-radius: 6px; padding: 2px 8px; font-size: 12px; }
.menu button.primary { background: #0b6e69; color: #fff; }
.menu button:disabled { opacity: .55; cursor: not-allowed; }
.menu button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.menu .status { min-height: 1em; font-size: 12px; color: #14532d; }
.menu .status.error { color: #7a1410; }
`;

import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8 from tiering up its WebAssembly-to-JavaScript call wrappers, process-wide.
 *
 * Node 24.21's V8 can abort the whole process (`Check failed: jit_page.has_value()`, SIGTRAP) when it
 * frees the wrapper a tier-up replaced (`Runtime_TierUpWasmToJSWrapper` → `WasmImportWrapperCache::Free`
 * → `ThreadIsolation::UnregisterWasmAllocation`). Wasm here is undici's HTTP parser and the embedded
 * PGlite database, both calling into JavaScript constantly; the abort was seen in test workers under load.
 * A budget no process reaches keeps every call on the generic wrapper: measured at ~60 ns more per
 * wasm→JS call (14 → 73 ns), about a microsecond per upstream response. Remove when Node's V8 is fixed.
 * Must run before any wasm module is instantiated; flags set later are still read by later instances.
 */
export function avoidWasmWrapperTierUp(): void {
  setFlagsFromString('--wasm-wrapper-tiering-budget=2147483647');
}

// async-exit-hook ships no types; this is the part of its API the app uses.
declare module 'async-exit-hook' {
  interface ExitHook {
    hookedEvents: () => string[];
    unhookEvent: (event: string) => void;
  }
  const exitHook: ExitHook;
  export default exitHook;
}

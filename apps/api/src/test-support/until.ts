/** Waits for `condition` to hold, checking every 50 ms, and fails after 10 s naming `what` it waited for. */
export async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Waited 10 s for ${what}`);
}

import { act } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Presses the mouse button on `target` and holds it while whatever the press sets
 * off (the blur of the field that had the cursor, its validation) shows on the page.
 * In a browser a message that appears now can move the target from under the pointer.
 */
export async function pressMouse(user: UserEvent, target: Element): Promise<void> {
  await user.pointer({ keys: '[MouseLeft>]', target });
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** Lets go of the button `pressMouse` held: the click. */
export async function releaseMouse(user: UserEvent, target: Element): Promise<void> {
  await user.pointer({ keys: '[/MouseLeft]', target });
}

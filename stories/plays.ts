// Play functions shared by the stories: what a reader does with the figure, and what must follow.
import type { PatientTimeline } from "@oncoline/react";
import type { StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { HoverCheck } from "./scenarios.js";

type Play = NonNullable<StoryObj<typeof PatientTimeline>["play"]>;

/** How long a play waits for the figure to react: generous, since a loaded machine is slow; a
 * passing play returns as soon as its condition holds, so this only bounds a failing one. */
const WAIT = { timeout: 240_000 };

const markOf = (root: HTMLElement, eventId: string) => {
  const mark = root.querySelector(`.oncoline-mark[data-event-id="${eventId}"]`);
  if (!mark) throw new Error(`no mark for event '${eventId}'`);
  return mark;
};

const markDescriptions = (root: HTMLElement) =>
  [...root.querySelectorAll(".oncoline-mark")].map((m) => m.getAttribute("aria-label"));

const tickLabels = (root: HTMLElement) =>
  [...root.querySelectorAll(".oncoline-axis text")].map((t) => t.textContent);

/** The axis counts time as asked: its title (the axis's last label) names the unit and anchor. */
export const axisTitled =
  (title: string): Play =>
  async ({ canvasElement }) => {
    await expect(tickLabels(canvasElement).at(-1)).toBe(title);
  };

/** Hovering the event's mark shows its full description in the tooltip; leaving hides it. */
export const hoverShows =
  (check: HoverCheck): Play =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mark = markOf(canvasElement, check.eventId);
    await userEvent.hover(mark);
    const tooltip = await canvas.findByRole("status", {}, WAIT);
    await expect(tooltip).toHaveTextContent(check.shows);
    await expect(tooltip.textContent).toBe(mark.getAttribute("aria-label"));
    await userEvent.unhover(mark);
    await waitFor(() => expect(canvas.queryByRole("status")).toBeNull(), WAIT);
  };

/** Tab reaches the figure; → shows the first event, → again the next; Escape closes the tooltip. */
export const keyboardNavigation: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const figure = canvas.getByRole("img");
  await userEvent.tab();
  await expect(figure).toHaveFocus();
  await expect(canvas.queryByRole("status")).toBeNull();
  await userEvent.keyboard("{ArrowRight}");
  const first = (await canvas.findByRole("status", {}, WAIT)).textContent;
  await expect(markDescriptions(canvasElement)).toContain(first);
  await userEvent.keyboard("{ArrowRight}");
  await waitFor(() => expect(canvas.getByRole("status").textContent).not.toBe(first), WAIT);
  await userEvent.keyboard("{Escape}");
  await waitFor(() => expect(canvas.queryByRole("status")).toBeNull(), WAIT);
};

/** "Zoom in" relabels the axis once the figure is laid out again; "Reset zoom" restores it. */
export const zoomButtons: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const before = tickLabels(canvasElement);
  await expect(before.length).toBeGreaterThan(1);
  await expect(canvas.getByRole("button", { name: "Reset zoom" })).toBeDisabled();
  await userEvent.click(canvas.getByRole("button", { name: "Zoom in" }));
  // During input the drawn marks only move; once input pauses the figure is laid out again.
  await waitFor(
    () => expect(canvas.getByRole("button", { name: "Reset zoom" })).toBeEnabled(),
    WAIT,
  );
  await expect(tickLabels(canvasElement)).not.toEqual(before);
  await userEvent.click(canvas.getByRole("button", { name: "Reset zoom" }));
  await waitFor(() => expect(tickLabels(canvasElement)).toEqual(before), WAIT);
  await expect(canvas.getByRole("button", { name: "Reset zoom" })).toBeDisabled();
};

/** Enter on the focused event calls `onSelectEvent` with its id and mark. */
export const selectWithEnter =
  (firstEventId: string): Play =>
  async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole("img")).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    const shown = (await canvas.findByRole("status", {}, WAIT)).textContent;
    await expect(args.onSelectEvent).not.toHaveBeenCalled();
    await userEvent.keyboard("{Enter}");
    await expect(args.onSelectEvent).toHaveBeenCalledTimes(1);
    await expect(args.onSelectEvent).toHaveBeenCalledWith(
      firstEventId,
      expect.objectContaining({ eventId: firstEventId, description: shown }),
    );
  };

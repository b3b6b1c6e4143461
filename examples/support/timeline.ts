import { describeCode, type GmeClient, type GmeError, type GmeEventMap } from 'gme-result';

/** The client events a timeline shows, one line each. */
export const TIMELINE_EVENTS = ['attempt', 'retry', 'recovery', 'success', 'error', 'roomState'] as const;

/** A client event the timeline shows. */
export type TimelineEventName = (typeof TIMELINE_EVENTS)[number];

/** One event the library emitted, with the virtual time it came at. */
export type TimelineEntry = {
  [K in TimelineEventName]: { readonly at: number; readonly name: K; readonly event: GmeEventMap[K] };
}[TimelineEventName];

/** The kind word each event prints in the second column (`roomState` prints as `room`). */
export const KIND_OF: { readonly [K in TimelineEventName]: string } = {
  attempt: 'attempt',
  retry: 'retry',
  recovery: 'recovery',
  success: 'success',
  error: 'error',
  roomState: 'room',
};

/** Matches a printed event line: ` +1.250s  retry     enterRoom ...`; group 1 is the kind. */
export const EVENT_LINE = /^ *\+\d+\.\d{3}s {2}(\w+) /;

/** A live timeline of a client's events. */
export interface Timeline {
  /** Every event seen so far, in order. */
  readonly entries: readonly TimelineEntry[];
  /** Prints a call's returned Result under the events it caused. */
  result(result: { isOk(): boolean; value?: unknown; error?: unknown }): void;
  /** Stops listening. */
  detach(): void;
}

/** Options of {@link attachTimeline}. */
export interface TimelineOptions {
  /** Where lines go. */
  readonly write: (line: string) => void;
  /** The time stamp of a line, in ms since the session started (virtual time in the demo). */
  readonly now: () => number;
}

/** The indentation of lines that are not events (Results, explanations). */
export const INDENT = ' '.repeat(10);

const stamp = (ms: number): string => `+${(ms / 1000).toFixed(3)}s`.padStart(8);
const codeName = (code: number): string => `${code} ${describeCode(code).name}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The text after the kind column: the operation (or room) and what the event says. */
export function describeEntry(entry: TimelineEntry): { readonly subject: string; readonly detail: string } {
  switch (entry.name) {
    case 'attempt':
      return { subject: entry.event.operation, detail: `#${entry.event.attempt}` };
    case 'retry': {
      const e = entry.event;
      return {
        subject: e.operation,
        detail: `${codeName(e.code)} (${e.error.source}) on attempt ${e.attempt}; next attempt in ${Math.round(e.delayMs)} ms`,
      };
    }
    case 'recovery': {
      const e = entry.event;
      return {
        subject: e.operation,
        detail: `${codeName(e.code)} -> ${e.action}: ${e.ok ? 'recovered' : `failed (${e.error?.code ?? '?'})`}`,
      };
    }
    case 'success': {
      const e = entry.event;
      const accepted = e.code === 0 ? 'code 0' : `${codeName(e.code)} accepted as success`;
      const healed = e.recovered === undefined ? '' : `, healed by ${e.recovered}`;
      return {
        subject: e.operation,
        detail: `Ok after ${plural(e.attempts, 'attempt')}, ${accepted}${healed} (${e.durationMs} ms)`,
      };
    }
    case 'error': {
      const e = entry.event;
      return {
        subject: e.operation,
        detail: `Err ${e.error.code} ${e.error.name} (${e.error.source}) after ${plural(e.attempts, 'attempt')} (${e.durationMs} ms)`,
      };
    }
    case 'roomState': {
      const e = entry.event;
      return { subject: e.roomId ?? '-', detail: `${e.previous} -> ${e.state} (${e.reason})` };
    }
  }
}

/** Formats one event as a timeline line. */
export function formatEntry(entry: TimelineEntry): string {
  const { subject, detail } = describeEntry(entry);
  return `${stamp(entry.at)}  ${KIND_OF[entry.name].padEnd(8)}  ${subject.padEnd(20)}  ${detail}`;
}

function showValue(value: unknown): string {
  return JSON.stringify(value);
}

function showError(error: unknown): string {
  const e = error as GmeError;
  return `${e.code} ${e.name} (${e.source}, ${plural(e.attempts, 'attempt')})`;
}

/**
 * Listens to a client's `attempt`, `retry`, `recovery`, `success`, `error` and `roomState`
 * events and prints one line per event as it arrives. Nothing is printed that the library did
 * not emit, except the Results handed to {@link Timeline.result}.
 */
export function attachTimeline(gme: GmeClient, options: TimelineOptions): Timeline {
  const entries: TimelineEntry[] = [];
  const listeners: Array<() => void> = [];
  for (const name of TIMELINE_EVENTS) {
    const listener = (event: GmeEventMap[typeof name]): void => {
      const entry = { at: options.now(), name, event } as TimelineEntry;
      entries.push(entry);
      options.write(formatEntry(entry));
    };
    gme.on(name, listener);
    listeners.push(() => gme.off(name, listener));
  }
  return {
    entries,
    result(result) {
      options.write(
        result.isOk()
          ? `${INDENT}=> Ok  ${showValue(result.value)}`
          : `${INDENT}=> Err ${showError(result.error)}`,
      );
    },
    detach() {
      for (const off of listeners) off();
    },
  };
}

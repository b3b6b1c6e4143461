import type { GmeClient, GmeError } from '../index.js';
import type { SimRandom } from '../testing/index.js';
import type { FleetGaveUp } from './fleet-result.js';
import type { FleetGameTiming, MsRange } from './fleet-scenario.js';
import type { RoomKeepingStrategy } from './room-keeping-strategy.js';
import type { VirtualTime } from './virtual-time.js';

/** One voice message of a player. */
export interface Message {
  readonly filePath: string;
  readonly createdAt: number;
  deliveredAt: number;
  failures: number;
}

/** Counters every player adds to. */
export interface FleetTally {
  readonly gaveUp: { -readonly [K in keyof FleetGaveUp]: number };
  calls: number;
  messages: number;
}

/** What a player needs besides its client. */
export interface PlayerSetup {
  readonly index: number;
  readonly time: VirtualTime;
  readonly random: SimRandom;
  readonly game: FleetGameTiming;
  readonly tally: FleetTally;
  readonly keepRoom: RoomKeepingStrategy;
}

/**
 * A player: in a room, sending a voice message (`uploadRecordedFile`) every ~30 s. A message whose
 * call ends in Err goes to an outbox; the outbox is sent again when the room is back (the client's
 * room state turns `entered`), after each delivered message, and a few seconds after a failed send
 * while the room is connected. Getting into the room and staying there is the room-keeping
 * strategy's job. Nothing here depends on the policy.
 */
export class Player {
  readonly #gme: GmeClient;
  readonly #s: PlayerSetup;
  readonly #messages: Message[] = [];
  readonly #outbox: Message[] = [];
  #flushing = false;
  #resendArmed = false;
  #sent = 0;
  /** Every time the room turned `entered`, in order. */
  readonly roomEnteredAt: number[] = [];
  /** Every time the room stopped being `entered` (reconnecting, disconnected…), in order. */
  readonly roomLostAt: number[] = [];

  constructor(gme: GmeClient, setup: PlayerSetup) {
    this.#gme = gme;
    this.#s = setup;
    const time = setup.time;
    gme.on('roomState', (e) => {
      if (e.previous === 'entered' && e.state !== 'entered') this.roomLostAt.push(time.now());
      if (e.state === 'entered') {
        this.roomEnteredAt.push(time.now());
        this.#flush();
      }
    });
  }

  /** Joins at `at`: Init, the voice-message auth, the room; the first message comes within one period. */
  start(at: number): void {
    const { time, index, game } = this.#s;
    time.at(at, () => {
      const gme = this.#gme;
      void gme
        .init({ appId: '1400000001', openId: String(100_001 + index) })
        .andThen(() => gme.applyPttAuthbuffer({ authBuffer: 'ptt-auth' }))
        .map(() =>
          this.#s.keepRoom({
            gme,
            room: { roomId: `room-${index % 1000}`, roomType: 1, authBuffer: 'room-auth' },
            game,
            now: () => time.now(),
            at: (t, run) => {
              time.at(t, run);
            },
            draw: (range) => this.#draw(range),
          }),
        );
      time.at(at + this.#draw([0, game.messageEveryMs[1]]), () => this.#newMessage());
    });
  }

  /** The messages this player made, for the figures. */
  get messages(): readonly Readonly<Message>[] {
    return this.#messages;
  }

  #draw([min, max]: MsRange): number {
    return min + Math.round(this.#s.random.next() * (max - min));
  }

  #newMessage(): void {
    const { time, tally, game } = this.#s;
    const message: Message = {
      filePath: `/voice/${this.#s.index}/${this.#sent++}.silk`,
      createdAt: time.now(),
      deliveredAt: Number.POSITIVE_INFINITY,
      failures: 0,
    };
    this.#messages.push(message);
    tally.messages++;
    void this.#send(message).then((ok) => {
      if (ok) this.#flush();
      else this.#queue(message);
    });
    time.at(time.now() + this.#draw(game.messageEveryMs), () => this.#newMessage());
  }

  /** One call for one message; true when it was delivered. */
  async #send(message: Message): Promise<boolean> {
    this.#s.tally.calls++;
    const r = await this.#gme.uploadRecordedFile({ filePath: message.filePath });
    if (r.isOk()) {
      message.deliveredAt = this.#s.time.now();
      return true;
    }
    message.failures++;
    this.#countGaveUp(r.error);
    return false;
  }

  #countGaveUp(error: GmeError): void {
    const g = this.#s.tally.gaveUp;
    g.total++;
    if (error.budgetExhausted) g.budgetExhausted++;
    else if (error.circuitOpen) g.circuitOpen++;
    else if (error.code === 1005) g.timedOut++;
    else g.other++;
  }

  #queue(message: Message): void {
    this.#outbox.push(message);
    this.#armResend();
  }

  /** Resends later while the room is connected; otherwise the room's return (`entered`) flushes. */
  #armResend(): void {
    if (this.#resendArmed || this.#outbox.length === 0 || this.#gme.room.state !== 'entered') return;
    this.#resendArmed = true;
    const time = this.#s.time;
    time.at(time.now() + this.#draw(this.#s.game.resendEveryMs), () => {
      this.#resendArmed = false;
      if (this.#gme.room.state === 'entered') this.#flush();
    });
  }

  /** Sends the outbox, oldest first, one at a time; stops at the first failure. */
  #flush(): void {
    if (this.#flushing || this.#outbox.length === 0) return;
    this.#flushing = true;
    const next = async (): Promise<void> => {
      while (this.#outbox.length > 0) {
        const message = this.#outbox[0] as Message;
        if (!(await this.#send(message))) break;
        this.#outbox.shift();
      }
      this.#flushing = false;
      this.#armResend();
    };
    void next();
  }
}

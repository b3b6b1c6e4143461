import type { GmeClient, GmeError } from 'gme-result';
import type { SimRandom } from 'gme-result/testing';
import type { VirtualTime } from './virtual-time.js';

/** The game's own timing: identical whatever the policy. */
export interface GameOptions {
  /** Gap between two voice messages of one player, drawn per message, in ms. */
  readonly messageEveryMs: readonly [number, number];
  /** After a failed send, while the room is connected, the game sends the outbox again this much later, in ms. */
  readonly resendEveryMs: readonly [number, number];
  /** After a failed `enterRoom`, the game tries again after this long, in ms. */
  readonly reenterAfterMs: readonly [number, number];
}

/** One voice message of a player. */
export interface Message {
  readonly filePath: string;
  readonly createdAt: number;
  deliveredAt: number;
  failures: number;
}

/** Why calls ended in Err, across the fleet. */
export interface GaveUp {
  /** Calls that ended in Err, all reasons. */
  total: number;
  /** …because the retry budget was empty. */
  budgetExhausted: number;
  /** …because the circuit breaker refused (before or between attempts). */
  circuitOpen: number;
  /** …for any other reason (retries used up, the deadline, a `fail` rule). */
  other: number;
}

/** Counters every player adds to. */
export interface FleetTally {
  readonly gaveUp: GaveUp;
  calls: number;
  messages: number;
}

/**
 * A player: in a room, sending a voice message (`uploadRecordedFile`) every ~30 s. A message whose
 * call ends in Err goes to an outbox; the outbox is sent again when the room is back (the client's
 * room state turns `entered`), after each delivered message, and a few seconds after a failed send
 * while the room is connected. When the SDK reports ROOM_DISCONNECT the game enters the room
 * again, and after a failed `enterRoom` it tries again a few seconds later. Nothing here depends
 * on the policy.
 */
export class Player {
  readonly #index: number;
  readonly #gme: GmeClient;
  readonly #time: VirtualTime;
  readonly #random: SimRandom;
  readonly #game: GameOptions;
  readonly #tally: FleetTally;
  readonly #messages: Message[] = [];
  readonly #outbox: Message[] = [];
  #flushing = false;
  #resendArmed = false;
  #reenterArmed = false;
  #sent = 0;
  /** Every time the room turned `entered`, in order. */
  readonly roomEnteredAt: number[] = [];
  /** Every time the room stopped being `entered` (reconnecting, disconnected…), in order. */
  readonly roomLostAt: number[] = [];

  constructor(
    index: number,
    gme: GmeClient,
    time: VirtualTime,
    random: SimRandom,
    game: GameOptions,
    tally: FleetTally,
  ) {
    this.#index = index;
    this.#gme = gme;
    this.#time = time;
    this.#random = random;
    this.#game = game;
    this.#tally = tally;
    gme.on('roomState', (e) => {
      if (e.previous === 'entered' && e.state !== 'entered') this.roomLostAt.push(time.now());
      if (e.state === 'entered') {
        this.roomEnteredAt.push(time.now());
        this.#flush();
      } else if (e.state === 'disconnected') this.#enter();
    });
  }

  /** Joins at `at`: Init, the voice-message auth, the room; the first message comes within one period. */
  start(at: number): void {
    this.#time.at(at, () => {
      const gme = this.#gme;
      void gme
        .init({ appId: '1400000001', openId: String(100_001 + this.#index) })
        .andThen(() => gme.applyPttAuthbuffer({ authBuffer: 'ptt-auth' }))
        .map(() => this.#enter());
      this.#time.at(at + this.#draw([0, this.#game.messageEveryMs[1]]), () => this.#newMessage());
    });
  }

  /** The messages this player made, for the figures. */
  get messages(): readonly Readonly<Message>[] {
    return this.#messages;
  }

  #draw([min, max]: readonly [number, number]): number {
    return min + Math.round(this.#random.next() * (max - min));
  }

  #enter(): void {
    const room = `room-${this.#index % 1000}`;
    void this.#gme.enterRoom({ roomId: room, roomType: 1, authBuffer: 'room-auth' }).mapErr(() => {
      if (this.#reenterArmed) return;
      this.#reenterArmed = true;
      this.#time.at(this.#time.now() + this.#draw(this.#game.reenterAfterMs), () => {
        this.#reenterArmed = false;
        if (this.#gme.room.state !== 'entered') this.#enter();
      });
    });
  }

  #newMessage(): void {
    const message: Message = {
      filePath: `/voice/${this.#index}/${this.#sent++}.silk`,
      createdAt: this.#time.now(),
      deliveredAt: Number.POSITIVE_INFINITY,
      failures: 0,
    };
    this.#messages.push(message);
    this.#tally.messages++;
    void this.#send(message).then((ok) => {
      if (ok) this.#flush();
      else this.#queue(message);
    });
    this.#time.at(this.#time.now() + this.#draw(this.#game.messageEveryMs), () => this.#newMessage());
  }

  /** One call for one message; true when it was delivered. */
  async #send(message: Message): Promise<boolean> {
    this.#tally.calls++;
    const r = await this.#gme.uploadRecordedFile({ filePath: message.filePath });
    if (r.isOk()) {
      message.deliveredAt = this.#time.now();
      return true;
    }
    message.failures++;
    this.#countGaveUp(r.error);
    return false;
  }

  #countGaveUp(error: GmeError): void {
    const g = this.#tally.gaveUp;
    g.total++;
    if (error.budgetExhausted) g.budgetExhausted++;
    else if (error.circuitOpen) g.circuitOpen++;
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
    this.#time.at(this.#time.now() + this.#draw(this.#game.resendEveryMs), () => {
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

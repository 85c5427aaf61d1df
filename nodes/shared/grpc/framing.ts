import { status as Status, type Metadata } from "@grpc/grpc-js";

/** The outcome of a call as gRPC carries it: a code, a message for people, and optional metadata. */
export interface CallStatus {
  code: Status;
  details: string;
  metadata?: Metadata;
}

/** One gRPC message on the wire: a 0 flag (not compressed), the length, the bytes. */
export function frameMessage(message: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(5 + message.length);
  frame[0] = 0;
  frame.writeUInt32BE(message.length, 1);
  message.copy(frame, 5);
  return frame;
}

/**
 * Cuts the length-prefixed messages out of a request body as its chunks arrive. Refuses (throws
 * a CallStatus) a message longer than `maxBytes` as soon as its prefix is read, and a compressed
 * one: this server never advertises an encoding, so a client has no reason to compress.
 */
export class MessageReader {
  private chunks: Buffer[] = [];
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly encoding: string,
  ) {}

  /** The messages completed by this chunk (usually all of it, in one piece). */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    const messages: Buffer[] = [];
    while (this.bytes >= 5) {
      if (this.chunks[0]!.length < 5) this.chunks = [Buffer.concat(this.chunks, this.bytes)];
      const head = this.chunks[0]!;
      if (head[0] !== 0) throw this.compressed(head[0]!);
      const length = head.readUInt32BE(1);
      if (length > this.maxBytes) throw { code: Status.RESOURCE_EXHAUSTED, details: `Received message larger than max (${length} vs. ${this.maxBytes})` } satisfies CallStatus;
      if (this.bytes < 5 + length) break;
      const data = this.chunks.length === 1 ? head : Buffer.concat(this.chunks, this.bytes);
      messages.push(data.subarray(5, 5 + length));
      this.bytes -= 5 + length;
      this.chunks = this.bytes ? [data.subarray(5 + length)] : [];
    }
    return messages;
  }

  private compressed(flag: number): CallStatus {
    if (flag === 1 && this.encoding !== "identity") {
      return { code: Status.UNIMPLEMENTED, details: `Received message compressed with unsupported encoding "${this.encoding}"` };
    }
    return { code: Status.INTERNAL, details: `Received a message with compressed flag ${flag} and encoding "${this.encoding}"` };
  }
}

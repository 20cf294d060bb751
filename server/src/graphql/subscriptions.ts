// Subscriptions over graphql-ws. Each event is executed with a fresh context (its own scoped transaction
// and loaders), so what a subscriber receives is re-read under its own tenant scope at that moment.
//
// Fan-out (docs/decisions/0006): subscribers whose execution of an event cannot differ share one execution.
// They are grouped by the operation (document, variables, operation name) and by everything the answer may
// depend on: the database scope (the organisation for tenants, "staff" for department staff), the roles and
// the language, and the user as well unless every field the operation selects is listed in SHARED_FIELDS
// as independent of the user within that scope. The first subscriber of a group to take an event executes
// it in its own context; the others of the group receive that same result, serialised once: given a
// `deliver` function (the WebSocket layer's), each socket is sent that JSON in its own `next` frame.
// A result is formatted (errors masked, the unexpected ones logged) once per group, like any other result.
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type FormattedExecutionResult,
  type GraphQLSchema,
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Ctx } from '../context.js';
import { CommitFailed, runOperation } from '../operation/run-operation.js';
import { formatResult, internalErrorResult } from './errors.js';

type EventResult = FormattedExecutionResult;

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Fields whose value, within one database scope, roles and language, does not depend on which user asks.
 * Explicit on purpose: a field added later (on these types or others) makes an operation that selects it
 * per user until it is listed here. Not listed, because they are personal: Message.read,
 * Subscription.messageCountsChanged (unread counts), Subscription.mySessionRevoked.
 */
const SHARED_FIELDS = new Set(
  Object.entries({
    Subscription: 'messageAdded tasksChanged',
    Message:
      'id referenceNumber direction title body sentAt senderLabel attachmentCount theme author organisation thread attachments addressedTeam addressedHandler',
    Thread:
      'id referenceNumber title createdAt lastMessageAt messageCount messages contacts theme organisation team assignedHandler unanswered latestMessage',
    Theme: 'id code name nameNl nameEn teamId team',
    Team: 'id name nameNl nameEn email handlers helpHandlers',
    User: 'id email firstName lastName phone language roles status isStaff organisationId organisation',
    Organisation: 'id name externalNumber phone email websiteUrl updatedAt themes users',
    Attachment: 'id fileName contentType sizeBytes createdAt',
    ThreadContact: 'id contactPersonId firstName lastName email phone standard confirmed',
    Task: 'id kind message theme awaitingConfirmation',
    ContactPerson:
      'id organisationId firstName lastName email phone language status confirmedAt hasAccess themes createdAt updatedAt',
  }).flatMap(([type, fields]) => fields.split(' ').map((field) => `${type}.${field}`)),
);

const sharedDocuments = new WeakMap<DocumentNode, boolean>();

/** Whether every field `document` selects is in SHARED_FIELDS (cached per document object). */
function selectsSharedFieldsOnly(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = sharedDocuments.get(document);
  if (known !== undefined) return known;
  let shared = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        if (!parent || !SHARED_FIELDS.has(`${getNamedType(parent).name}.${node.name.value}`)) shared = false;
      },
    }),
  );
  sharedDocuments.set(document, shared);
  return shared;
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/**
 * The group of a subscription: subscribers with the same key receive the same result for an event. The
 * document counts by identity (the WebSocket layer hands out one parsed document per query text).
 */
function groupKey(args: ExecutionArgs, ctx: Ctx): string | null {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') return null;
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) {
    documentId = nextDocumentId++;
    documentIds.set(args.document, documentId);
  }
  const scope = viewer.organisationId === null ? 'staff' : `tenant:${viewer.organisationId}`;
  const user = selectsSharedFieldsOnly(args.schema, args.document) ? '' : viewer.userId;
  return JSON.stringify([
    documentId,
    args.operationName ?? null,
    args.variableValues ?? null,
    scope,
    [...viewer.roles].sort(),
    ctx.lang,
    user,
  ]);
}

interface Execution {
  result: EventResult;
  /** The graphql-ws `next` frame of `result` for subscription `id`, as sent on the wire (see `nextFrame`). */
  frame(id: string): Buffer;
}

/** Executions of one event, by group; forgotten with the event (the payload object) itself. */
const executions = new WeakMap<object, Map<string, Promise<Execution>>>();

/**
 * The result is serialised and encoded once per group; each subscriber's frame only adds its id around it.
 * The frame of the last id asked for is kept: subscribers using the same id (graphql-ws clients count from
 * 1, or use UUIDs) are all sent that one Buffer, which `ws` writes without copying or encoding it again.
 */
function execution(result: EventResult): Execution {
  let payload: Buffer | undefined;
  let lastId: string | undefined;
  let lastFrame: Buffer | undefined;
  return {
    result,
    frame(id) {
      if (id === lastId && lastFrame) return lastFrame;
      payload ??= Buffer.from(JSON.stringify(result));
      lastId = id;
      lastFrame = nextFrame(id, payload);
      return lastFrame;
    },
  };
}

/** `{"id":<id>,"type":"next","payload":<payload>}` as UTF-8. */
function nextFrame(id: string, payload: Buffer): Buffer {
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  const prefixBytes = Buffer.byteLength(prefix);
  const frame = Buffer.allocUnsafe(prefixBytes + payload.length + 1);
  frame.write(prefix, 0);
  payload.copy(frame, prefixBytes);
  frame[frame.length - 1] = 0x7d; // }
  return frame;
}

/** Sends one result to one subscriber: its socket writes `execution.frame(its id)`. */
export type Deliver = (execution: Pick<Execution, 'frame'>) => void;

/** Whether a GraphQL result reports an error: then its operation saves nothing. */
export const hasErrors = (result: ExecutionResult | FormattedExecutionResult) =>
  (result.errors?.length ?? 0) > 0;

/**
 * Like graphql-js `subscribe`, except that every event runs as one operation in `freshCtx()`'s context
 * (run-operation.ts), that its result comes formatted (errors.ts), and that subscribers of one group (see
 * above) share that execution. `args.contextValue` (the subscription's Ctx) is used only to set up the stream.
 * With `deliver`, results are handed to it (to be written as frames) instead of being yielded (the iterator then only ends,
 * or throws when an event cannot be executed), and `onEnd` is called once when it has ended.
 */
export async function subscribeWithFreshContext(
  args: ExecutionArgs,
  freshCtx: () => Ctx,
  deliver?: Deliver,
  onEnd?: () => void,
): Promise<AsyncIterableIterator<EventResult> | ExecutionResult> {
  // The subscription's own context served only to set up the stream; its transaction ends now.
  const base = args.contextValue as Ctx;
  const source = await runOperation(base, async () => createSourceEventStream(args));
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const iterator = source[Symbol.asyncIterator]();
  const group = groupKey(args, base);
  const { schema, document, variableValues, operationName, fieldResolver, typeResolver } = args;

  const executeEvent = async (payload: unknown): Promise<Execution> => {
    const ctx = freshCtx();
    try {
      const result = await runOperation(
        ctx,
        async () =>
          execute({
            schema,
            document,
            variableValues,
            operationName,
            fieldResolver,
            typeResolver,
            rootValue: payload,
            contextValue: ctx,
          }),
        hasErrors,
      );
      return execution(formatResult(result, ctx.log, ctx.app.config.production));
    } catch (error) {
      // Not a resolver's error (those are in the result): the execution or its commit failed.
      if (!(error instanceof CommitFailed)) ctx.log.error({ err: error }, 'subscription event failed');
      return execution(internalErrorResult());
    }
  };

  const run = (payload: unknown): Promise<Execution> => {
    if (group === null || typeof payload !== 'object' || payload === null) return executeEvent(payload);
    let byGroup = executions.get(payload);
    if (!byGroup) {
      byGroup = new Map();
      executions.set(payload, byGroup);
    }
    let result = byGroup.get(group);
    if (!result) {
      result = executeEvent(payload);
      byGroup.set(group, result);
    }
    return result;
  };

  if (deliver) return new DeliveringStream(iterator, run, deliver, onEnd);

  let ended = false;
  const mapped: AsyncIterableIterator<EventResult> = {
    async next() {
      for (;;) {
        const item = await iterator.next();
        if (item.done || ended) return { value: undefined, done: true };
        return { value: (await run(item.value)).result, done: false };
      }
    },
    async return() {
      ended = true;
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error) {
      ended = true;
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return mapped;
}

/**
 * A subscription whose results go to `deliver` rather than to its reader: it pulls each event from `source`,
 * and hands its execution to `deliver` as soon as that is done. Its `next()` settles only when the
 * subscription ends (done) or an event cannot be executed (rejects), as graphql-ws expects of a stream it
 * iterates. A class with promise callbacks rather than an async loop: an idle subscriber then holds no
 * suspended generator, and an event reaches its socket in two promise reactions (decision 0041).
 */
class DeliveringStream implements AsyncIterableIterator<EventResult> {
  private ended = false;
  private pending: Promise<IteratorResult<EventResult>> | undefined;
  private settle: ((result: IteratorResult<EventResult>) => void) | undefined;
  private fail: ((error: unknown) => void) | undefined;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly run: (payload: unknown) => Promise<Execution>,
    private readonly deliver: Deliver,
    private onEnd: (() => void) | undefined,
  ) {}

  next(): Promise<IteratorResult<EventResult>> {
    this.pending ??= new Promise((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
      this.pull();
    });
    return this.pending;
  }

  private pull(): void {
    this.source.next().then(
      (item) => {
        if (item.done || this.ended) return this.finish();
        this.run(item.value).then(
          (execution) => {
            if (this.ended) return this.finish();
            try {
              this.deliver(execution);
            } catch (error) {
              return this.stop(error);
            }
            this.pull();
          },
          (error: unknown) => this.stop(error),
        );
      },
      (error: unknown) => this.stop(error),
    );
  }

  private finish(): void {
    this.ending();
    this.settle?.({ value: undefined, done: true });
  }

  private stop(error: unknown): void {
    this.ended = true;
    this.ending();
    void this.source.return?.();
    this.fail?.(error);
  }

  private ending(): void {
    const onEnd = this.onEnd;
    this.onEnd = undefined;
    onEnd?.();
  }

  async return(): Promise<IteratorResult<EventResult>> {
    this.ended = true;
    await this.source.return?.();
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<EventResult>> {
    this.ended = true;
    await this.source.return?.();
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

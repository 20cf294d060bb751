// The last Express handler: errors that reach Express (body-parser's — body too large, malformed JSON,
// unsupported charset or encoding — and anything a route let through) answer in the GraphQL error shape,
// never as Express's HTML page with a stack trace and absolute paths (which it shows in development).
import type { ErrorRequestHandler } from 'express';

/** body-parser's error types, with a fixed message each (its own messages may quote the request). */
const CLIENT_ERRORS: Record<string, string> = {
  'entity.too.large': 'The request body is too large.',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.verify.failed': 'The request body could not be verified.',
  'charset.unsupported': 'The request body has an unsupported charset.',
  'encoding.unsupported': 'The request body has an unsupported content encoding.',
  'request.aborted': 'The request was aborted.',
  'request.size.invalid': 'The request body does not have the length it announced.',
  'parameters.too.many': 'The request has too many parameters.',
};

const body = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

export function jsonErrors(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Too late to answer: Express ends the response.
    if (res.headersSent) return next(error);
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = (typeof type === 'string' && CLIENT_ERRORS[type]) || 'Bad request.';
      res.status(status).json(body(message, 'BAD_REQUEST'));
      return;
    }
    req.log.error({ err: error }, 'request failed');
    res.status(500).json(body('Internal server error', 'INTERNAL_SERVER_ERROR'));
  };
}

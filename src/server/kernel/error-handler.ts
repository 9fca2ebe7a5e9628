// Turns every failure into problem+json. User input can only ever produce a 4xx here:
// anything unexpected is logged in full and answered with a plain 500 that leaks nothing.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError, type Problem } from './errors.js';

function send(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

function zodPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || '(body)';
}

// Fastify's own error codes for malformed requests, mapped to our stable codes.
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The request body is empty but JSON was declared.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the request body as application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_content_length', message: 'The Content-Length header does not match the body.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the file as multipart/form-data.' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'file_too_large', message: 'The file is larger than this server accepts.' },
  FST_FILES_LIMIT: { status: 400, code: 'too_many_files', message: 'Send one file at a time.' },
  FST_PARTS_LIMIT: { status: 400, code: 'too_many_parts', message: 'The upload has too many parts.' },
};

export function problemFor(error: FastifyError | AppError | Error, request: FastifyRequest): Problem {
  if (error instanceof AppError) return error.toProblem();
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.flatMap((v) => {
      const keys = (v.params as { keys?: unknown }).keys;
      if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        const parent = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
        return keys.map((k) => ({ path: [...parent, String(k)].join('.'), message: 'This field is not recognised' }));
      }
      return [{ path: zodPath(v.instancePath), message: v.message ?? 'Invalid value' }];
    });
    const where = error.validationContext ?? 'body';
    return new AppError(400, 'validation_failed', `The request ${where} has errors.`, errors).toProblem();
  }
  const fe = error as FastifyError;
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return new AppError(known.status, known.code, known.message).toProblem();
  if (fe.statusCode === 429) {
    return new AppError(429, 'rate_limited', 'Too many attempts. Wait a minute and try again.').toProblem();
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode, 'bad_request', fe.message).toProblem();
  }
  request.log.error({ err: error }, 'unhandled error');
  return new AppError(500, 'internal_error', 'Something went wrong on our side. The error has been logged.').toProblem();
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => send(reply, problemFor(error as FastifyError, request)));
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  return send(reply, error.toProblem());
}

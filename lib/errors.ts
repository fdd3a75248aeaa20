/**
 * Errors shared by the domain services, free of framework imports so pure code can throw and
 * recognise them. lib/auth/authorize.ts turns HttpError into a response.
 */

/** A failure the client caused or may see: its status and a message fit to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function prismaErrorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/**
 * A unique constraint refused a write: P2002 from Prisma's query builder, or the driver adapter's
 * error kind from raw SQL ($queryRaw/$executeRaw), which carries no P-code.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (prismaErrorCode(error) === "P2002") return true;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/** An update or delete found no row to change (P2025): another request got there first. */
export function isMissingRow(error: unknown): boolean {
  return prismaErrorCode(error) === "P2025";
}

/**
 * Prisma gave up on a transaction (P2028): the connection pool stayed busy past its wait, or the
 * transaction outlived its timeout. Nothing was written, so the client may simply send it again.
 */
export function isBusyDatabaseError(error: unknown): boolean {
  return prismaErrorCode(error) === "P2028";
}

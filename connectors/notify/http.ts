import type { SendResult } from "#core/delivery/retry";
import { parseRetryAfter } from "#core/shared/retry";

export type Fetch = typeof fetch;

/** Reads which recipients of a batch a 4xx body names, for providers that say. */
export type RejectedReader = (body: string) => number[] | undefined;

/** Maps a provider response to a send result: 2xx ok, 429/5xx retryable (honouring Retry-After), other 4xx final. */
export async function toSendResult(
  res: Response,
  now: Date = new Date(),
  readRejected?: RejectedReader,
): Promise<SendResult> {
  if (res.ok) return { ok: true, providerId: res.headers.get("x-message-id") ?? undefined };
  const body = await res.text().catch(() => "");
  const retry = res.status === 429 || res.status >= 500;
  const rejected = !retry && readRejected ? readRejected(body) : undefined;
  return {
    ok: false,
    retry,
    status: res.status,
    error: body.slice(0, 300) || res.statusText,
    retryAfterMs: parseRetryAfter(res.headers.get("retry-after"), now),
    ...(rejected ? { rejected } : {}),
  };
}

/**
 * How long one provider or receiver may take. One slow webhook subscriber must not hold a whole
 * send page (and everyone behind it) for the platform's default of minutes.
 */
export const sendTimeoutMs = 15_000;

/** A network failure or a timeout is retryable: the provider may never have seen the call. */
export async function post(
  fetchFn: Fetch | undefined,
  url: string,
  init: RequestInit,
  readRejected?: RejectedReader,
): Promise<SendResult> {
  try {
    return await toSendResult(
      await (fetchFn ?? fetch)(url, { ...init, method: "POST", signal: AbortSignal.timeout(sendTimeoutMs) }),
      new Date(),
      readRejected,
    );
  } catch (e) {
    return { ok: false, retry: true, status: 0, error: (e as Error).message };
  }
}

import { parseRetryAfter, type SendResult } from "../../core/delivery/retry";

export type Fetch = typeof fetch;

/** Maps a provider response to a send result: 2xx ok, 429/5xx retryable (honouring Retry-After), other 4xx final. */
export async function toSendResult(res: Response, now: Date = new Date()): Promise<SendResult> {
  if (res.ok) return { ok: true, providerId: res.headers.get("x-message-id") ?? undefined };
  const body = (await res.text().catch(() => "")).slice(0, 300);
  const retry = res.status === 429 || res.status >= 500;
  return { ok: false, retry, status: res.status, error: body || res.statusText, retryAfterMs: parseRetryAfter(res.headers.get("retry-after"), now) };
}

/** A network failure is retryable: the provider may never have seen the call. */
export async function post(fetchFn: Fetch | undefined, url: string, init: RequestInit): Promise<SendResult> {
  try {
    return await toSendResult(await (fetchFn ?? fetch)(url, { ...init, method: "POST" }));
  } catch (e) {
    return { ok: false, retry: true, status: 0, error: (e as Error).message };
  }
}

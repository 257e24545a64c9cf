/** The slice of the Zendesk App Framework v2 client this app uses. */
export interface ZafClient {
  get(paths: string[]): Promise<Record<string, unknown> & { errors?: Record<string, unknown> }>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request<T = unknown>(options: ZafRequest): Promise<T>;
  metadata(): Promise<{ settings: Record<string, unknown> }>;
}

/** Options of `client.request`; `secure: true` lets Zendesk's proxy fill `{{setting.*}}` placeholders. */
export interface ZafRequest {
  url: string;
  type: "GET" | "POST" | "DELETE";
  secure: true;
  cors: false;
  headers: Record<string, string>;
  contentType?: string;
  data?: string;
  dataType?: "json";
  timeout?: number;
}

/** What a rejected `client.request` carries (a jqXHR-like object). */
export interface ZafRequestError {
  status?: number;
  responseText?: string;
}

declare global {
  var ZAFClient: { init(): ZafClient | undefined } | undefined;
}

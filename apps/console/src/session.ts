import { ApiError, api, type Me, setCsrf } from "./api";
import { field, h, mount, toast } from "./dom";

let me: Me | null = null;
let skewMs = 0;

/** Now by the hub's clock: deadlines come from the hub, so the countdown must too. */
export const hubNow = () => Date.now() + skewMs;
const signedIn = (m: Me) => {
  me = m;
  skewMs = Date.parse(m.now) - Date.now();
  setCsrf(m.csrf);
};

/** Whether the signed-in role has an API permission; views render write controls only when it does. */
export const can = (permission: string) => me?.permissions.includes(permission) ?? false;
export const approverRoles = () => me?.approves ?? [];
export const current = () => me;

/** Name, role and sign-off roles, each said once: token names often carry the role already ("Casey (commander)"). */
export function whoText(who: { name: string; role: string; approves: readonly string[] }) {
  const said = (word: string) => new RegExp(`\\b${word}\\b`, "i").test(who.name);
  const approves = who.approves.filter((r) => !said(r));
  const extra = [said(who.role) ? "" : who.role, approves.length ? `approves ${approves.join(", ")}` : ""];
  const rest = extra.filter(Boolean).join(" · ");
  return rest ? `${who.name} · ${rest}` : who.name;
}

/** Reads the session from its cookie; null when nobody is signed in. */
export async function loadSession(): Promise<Me | null> {
  try {
    signedIn(await api<Me>("GET", "/console/session"));
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    me = null;
  }
  return me;
}

/** The token is pasted once and exchanged for an HttpOnly cookie; it never lands in a URL or in storage. */
export function renderSignIn(main: HTMLElement, onSignedIn: () => void) {
  const input = h("input", { type: "password", name: "token", autocomplete: "off", required: true });
  const error = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    { class: "card signin", "aria-labelledby": "signin-title" },
    h("h1", { id: "signin-title" }, "Sign in"),
    h("p", {}, "Paste an API token issued for you. The console keeps a session cookie, not the token."),
    field("API token", input),
    error,
    h("button", { type: "submit", class: "primary" }, "Sign in"),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      signedIn(await api<Me>("POST", "/console/session", { token: input.value.trim() }));
      input.value = "";
      onSignedIn();
    } catch (err) {
      error.textContent = err instanceof Error ? err.message : String(err);
    }
  });
  mount(main, form);
  input.focus();
}

export async function signOut() {
  await api("DELETE", "/console/session");
  me = null;
  setCsrf("");
  toast("Signed out.");
}

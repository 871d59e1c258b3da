/**
 * Saves a blob under `name` through a temporary link (the standard way; no pop-up, works under a strict CSP). The
 * object URL is revoked a minute later, not at once: some browsers start the download asynchronously and would
 * otherwise find the URL gone.
 */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

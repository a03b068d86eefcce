// Saves a blob as a file: an <a download> with a blob: URL (no server round trip, works offline
// and in the single file). The URL is revoked a little later: revoking at once can cancel the save.
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

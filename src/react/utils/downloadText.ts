/**
 * Saves text as a file through a Blob and an object URL: no network, no server. The URL is revoked
 * once the browser has had time to start the download.
 * @example downloadText('{"a":1}', 'profile.json', 'application/json')
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Revoking at once can cancel the download in some browsers; a second is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

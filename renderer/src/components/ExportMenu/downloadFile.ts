// Saves text as a file through the browser's download (browser mode) or Electron's, which
// asks where to save: a Blob behind a temporary `<a download>`, nothing sent anywhere.
const TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  ics: 'text/calendar',
};

export function downloadFile(filename: string, content: string): void {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? 'txt';
  const type = `${TYPES[extension] ?? 'application/octet-stream'};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the URL by now; later, it would only hold memory.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

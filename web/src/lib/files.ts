import { isErrorBody } from '#core/errors';
import { ApiError, withQuery } from './api';
import { currentLocale, i18n } from './i18n';

export type UploadProgress = { loaded: number; total: number };

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('bk_csrf='))
    ?.slice('bk_csrf='.length);
}

/**
 * Multipart POST with upload progress (fetch cannot report it): a 5 MB spreadsheet over a
 * field officer's 3G takes long enough that a moving bar matters. Errors become ApiError like
 * every other call.
 */
export function uploadForm<T>(
  path: string,
  body: FormData,
  options: {
    query?: Record<string, string | number | boolean | null | undefined>;
    onProgress?: (p: UploadProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(`/api${path}`, options.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept-language', currentLocale());
    const csrf = csrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.({ loaded: e.loaded, total: e.total });
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors:network')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      if (isErrorBody(data))
        return reject(new ApiError(xhr.status, data.error.code, data.error.message, data.error.details));
      reject(new ApiError(xhr.status, 'internal', i18n.t('errors:unexpected')));
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

/** Saves a file the API streams (XLSX) under the name the server suggests. */
export async function downloadFile(path: string, query?: Record<string, string | number | undefined>) {
  const response = await fetch(withQuery(`/api${path}`, query), {
    credentials: 'same-origin',
    headers: { 'accept-language': currentLocale() },
  }).catch(() => {
    throw new ApiError(0, 'network', i18n.t('errors:network'));
  });
  if (!response.ok) {
    const data: unknown = await response.json().catch(() => undefined);
    if (isErrorBody(data))
      throw new ApiError(response.status, data.error.code, data.error.message, data.error.details);
    throw new ApiError(response.status, 'internal', i18n.t('errors:unexpected'));
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : path.split('/').pop() || 'download';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a JSON document (a person's data export) as a file. */
export function saveJson(data: unknown, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

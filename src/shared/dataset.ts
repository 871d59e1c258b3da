import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_FILES } from '../core/contract';
import { loadDataset, type DataFiles, type LoadResult } from '../core/dataset';
import { issue, type Issue } from '../core/issues';

/** Where the data files live on the static host, relative to the app (works under a sub-path too). */
export const dataUrl = (file: string): string => `${import.meta.env.BASE_URL}data/${file}`;

/** Loaded dataset plus problems met while fetching (e.g. a 404), merged with validation issues. */
export interface FetchedDataset extends LoadResult {
  readonly fetchIssues: readonly Issue[];
}

/** Thrown only when no file at all could be fetched: then there is nothing to show but the error and a retry. */
export class DataUnavailableError extends Error {}

/**
 * Fetches every data file at run time and validates it with the core. `no-cache` makes the browser revalidate, so a
 * file replaced on the host shows on the next load. A file that fails alone becomes an issue; the others still load.
 */
export async function fetchDataset(fetchImpl: typeof fetch = fetch): Promise<FetchedDataset> {
  const files: DataFiles = {};
  const fetchIssues: Issue[] = [];
  let networkFailures = 0;
  let lastError = '';
  await Promise.all(DATA_FILES.map(async (f) => {
    try {
      const res = await fetchImpl(dataUrl(f), { cache: 'no-cache' });
      if (!res.ok) {
        fetchIssues.push(issue(f, 1, 1, 'fetch_failed', { status: `HTTP ${res.status}` }));
        return;
      }
      files[f] = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      networkFailures++;
      lastError = e instanceof Error ? e.message : String(e);
      fetchIssues.push(issue(f, 1, 1, 'fetch_failed', { status: lastError }));
    }
  }));
  if (networkFailures === DATA_FILES.length) throw new DataUnavailableError(lastError);
  const fetched = new Set(Object.keys(files));
  const result = loadDataset(files);
  // A file we could not fetch is already reported; do not also report it as "missing".
  const issues = result.issues.filter((i) => !(i.code === 'file_missing' && !fetched.has(i.file)));
  return { ...result, issues: [...fetchIssues, ...issues], fetchIssues };
}

/** Query options for the dataset, beside the fetch they describe (reused by tests and prefetching). */
export const datasetQueryOptions = () =>
  queryOptions({ queryKey: ['dataset'], queryFn: () => fetchDataset(), staleTime: 60_000, retry: 1 });

/** The dataset for components; keeps the last good data on screen when a refetch fails. */
export const useDataset = () => useQuery(datasetQueryOptions());

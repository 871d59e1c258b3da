// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense, useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadSection } from '../../src/app/App';
import { preloadable } from '../../src/app/preloadable';
import { datasetQueryOptions } from '../../src/shared/dataset';
import { Deferred } from '../../src/shared/Deferred';
import { renderApp, serve, testQueryClient } from '../support/app';
import { base } from '../unit/fixtures';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('section code that loads ahead of its first render', () => {
  it('renders at once, without a loading fallback, once preload() has finished', async () => {
    const C = preloadable(async () => Hello);
    await C.preload();
    render(<Suspense fallback={<p>loading</p>}><C name="energy" /></Suspense>);
    // Synchronously after render: React.lazy would show the fallback here even with the chunk in memory.
    expect(screen.getByText('Hello energy')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('suspends like React.lazy when it was not preloaded, then shows the component', async () => {
    let resolve!: (c: typeof Hello) => void;
    const C = preloadable(() => new Promise<typeof Hello>((r) => { resolve = r; }));
    render(<Suspense fallback={<p>loading</p>}><C name="water" /></Suspense>);
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => resolve(Hello));
    expect(await screen.findByText('Hello water')).toBeInTheDocument();
  });

  it('tries a failed download again instead of keeping the failure', async () => {
    let calls = 0;
    const C = preloadable(async () => {
      calls++;
      if (calls === 1) throw new Error('network down');
      return Hello;
    });
    await expect(C.preload()).rejects.toThrow('network down');
    await C.preload();
    expect(calls).toBe(2);
    render(<C name="again" />);
    expect(screen.getByText('Hello again')).toBeInTheDocument();
  });
});

describe('a section opened by its address', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['energy', 'Targets against actuals'],
    ['overview', 'Key figures'],
  ])('%s: draws in the first commit once preloadSection and the data have finished, as main.tsx renders it', async (id, heading) => {
    serve(base);
    const client = testQueryClient();
    await client.prefetchQuery(datasetQueryOptions());
    await preloadSection(id);
    renderApp(`?section=${id}`, 'en', client);
    // Synchronously after render: a section component still loading would have suspended here and rendered twice.
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
  });
});

describe('Deferred', () => {
  it('leaves its children out of the first commit and renders them right after, without any interaction', async () => {
    const atFirstCommit: string[] = [];
    function Probe() {
      useLayoutEffect(() => { atFirstCommit.push(document.body.textContent ?? ''); }, []);
      return <h2>first</h2>;
    }
    render(<div><Probe /><Deferred><p>below the fold</p></Deferred></div>);
    expect(atFirstCommit).toEqual(['first']);
    expect(await screen.findByText('below the fold')).toBeInTheDocument();
  });
});

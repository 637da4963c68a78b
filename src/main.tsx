import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { framedByAnotherOrigin } from './app/frame-guard';
import { FramedNotice } from './app/framed-notice';
import { startBundledDataset } from './state/dataset-queries';
import { ChartRegistryScope } from './ui/chart-registry';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false },
    // A finished load, merge or comparison holds whole datasets in its result: drop it once no
    // component watches it, not after the default five minutes (large files would pile up).
    mutations: { gcTime: 0 },
  },
});
const root = document.getElementById('root');
if (root && framedByAnotherOrigin(window)) {
  // In another site's frame: a notice and no controls (see frame-guard.ts).
  createRoot(root).render(<FramedNotice address={window.location.href} />);
} else if (root) {
  // The bundled briefing is what most starts show: its data and the loader are fetched now, while
  // the app renders its first frame, not after.
  startBundledDataset();
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* The charts on screen, by model id: what slides and evidence packs read. */}
        <ChartRegistryScope>
          <App />
        </ChartRegistryScope>
      </QueryClientProvider>
    </StrictMode>,
  );
}

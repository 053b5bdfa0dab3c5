import { useQueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createAppRouter } from '@/app/router';
// The route's page is a chunk loaded on arrival in the app; a test loads it with its own imports,
// so that its first transform (seconds on a cold cache) is not spent inside a test's waits.
import '@/app/networking-page';

/** The whole console as src/app/render-app.tsx renders it: the app's router over the query client of the providers around it. */
export function ConsoleApp() {
  const queryClient = useQueryClient();
  const [router] = useState(() => createAppRouter(queryClient));
  return <RouterProvider router={router} />;
}

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PopupStore } from './store.ts';

export const StoreContext = createContext<PopupStore | null>(null);

export function useStore(): PopupStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The popup store is missing: render inside <StoreContext.Provider>.');
  return store;
}

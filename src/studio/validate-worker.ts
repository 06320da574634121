import { validateText } from './validate-text';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  self.postMessage({ id: event.data.id, diagnostics: validateText(event.data.text) });
};

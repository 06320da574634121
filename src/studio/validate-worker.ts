import { checkText } from './validate-text';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  self.postMessage({ id: event.data.id, checked: checkText(event.data.text) });
};

export { displayText, terminalText } from '../safe-text.js';

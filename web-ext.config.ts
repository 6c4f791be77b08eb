import { defineWebExtConfig } from 'wxt';

// No display on build machines: never try to open a browser in `wxt dev`.
export default defineWebExtConfig({ disabled: true });

/**
 * True in the one-file offline copy (`npm run build:single`, Vite mode `single`): the page is
 * opened from a disk or USB stick, and keeps nothing on the device.
 */
export const offlineCopy: boolean = import.meta.env.MODE === 'single';

/**
 * Why the one-file copy keeps nothing on the device, as the app says it: browsers give every page
 * opened from a disk one shared storage, so anything kept could be read by any other such file.
 */
export const deviceStorageOff =
  'Keeping data on this device is off in the one-file copy: every page opened from a disk shares one browser storage, so anything kept here could be read by any other file opened that way. Export the deck, or keep your files, instead.';

export interface ImageMetadata {
  id: number;
  active: boolean | null;
  captureDateTime: string | null;
  view: string | null;
  orientation: string | null;
  type: string | null;
}

import { type DragEvent, useRef, useState } from 'react';
import { startImport } from '../../state/importStore';
import { useLocale, useTemplate } from '../hooks';
import { useImportJobs } from './ImportJobsContext';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/**
 * Files dragged anywhere onto the app: handlers for its root element and whether to show the
 * overlay. Enter and leave fire for every child, so a counter tells when the drag really left.
 */
export function useFileDrop() {
  const template = useTemplate();
  const jobs = useImportJobs();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const handlers = {
    onDragEnter(e: DragEvent) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (depth.current++ === 0) void jobs.warm();
      setDragging(true);
    },
    onDragOver(e: DragEvent) {
      if (!hasFiles(e)) return;
      // Without this the browser opens the file itself instead of dropping it here.
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave(e: DragEvent) {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop(e: DragEvent) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      void startImport([...e.dataTransfer.files], template, jobs);
    },
  };
  return { dragging, handlers };
}

export function DropOverlay() {
  const { t } = useLocale();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <p className="drop-title">{t('importer.dropTitle')}</p>
        <p className="muted">{t('importer.dropHint')}</p>
      </div>
    </div>
  );
}

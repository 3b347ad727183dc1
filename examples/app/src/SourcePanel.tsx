import { useState, type DragEvent } from "react";
import { brokenExample } from "./brokenExample.js";
import { seeds } from "./seeds.js";

export interface SourcePanelProps {
  text: string;
  onText: (text: string) => void;
}

/** Where the document comes from: a seed, an invalid example, pasted text, or a .json file. */
export function SourcePanel({ text, onText }: SourcePanelProps) {
  const [dragging, setDragging] = useState(false);
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(onText);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    readFile(e.dataTransfer.files[0]);
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(true);
  };

  return (
    <section className="source" aria-labelledby="source-heading">
      <h2 id="source-heading">Timeline document</h2>
      <div className="seed-buttons" role="group" aria-label="Load a reference case">
        {seeds.map((s) => (
          <button key={s.name} type="button" title={s.title} onClick={() => onText(s.text)}>
            {s.name}
          </button>
        ))}
        <button type="button" className="broken" onClick={() => onText(brokenExample)}>
          invalid example
        </button>
      </div>
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="timeline-json">Paste JSON here, or drop a .json file</label>
        <textarea
          id="timeline-json"
          value={text}
          spellCheck={false}
          onChange={(e) => onText(e.currentTarget.value)}
        />
        <label className="file-input">
          Or choose a file{" "}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              readFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = "";
            }}
          />
        </label>
      </div>
    </section>
  );
}

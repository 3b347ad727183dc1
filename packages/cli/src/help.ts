import { THEME_NAMES } from "@oncoline/core";

const EXIT_CODES = "Exit codes: 0 success, 1 invalid data, 2 usage or file error.";

/** `oncoline --help`. */
export const GLOBAL_HELP = `oncoline: cancer treatment histories as checked data, timelines and metrics

Usage: oncoline <command> [options]

Commands:
  validate <file…>   check patient timeline and cohort files; print every issue with its path
  render <file…>     draw a patient timeline, or a cohort's swimmer plot, as SVG, PNG,
                     vector PDF or editable PowerPoint
  summary <file>     print a patient's lines, durations, responses and survival, or a
                     cohort's per-group n, ORR and median duration
  import <format> <input>  cBioPortal timelines, FHIR R4 / mCODE bundles or mapped CSV → cohort JSON

Options:
  -h, --help         show this help; 'oncoline <command> --help' shows a command's options
  -v, --version      print the version

${EXIT_CODES}`;

/** `oncoline <command> --help`, by command. */
export const COMMAND_HELP = {
  validate: `Usage: oncoline validate <file…>
       oncoline validate --normalize <file> > timeline.json

Check patient timeline files (and cohort files, "kind": "cohort") against the Oncoline model:
fields, dates, references between events and chronology. Prints '<file>: valid (N events)' or
every issue as '<file>: <path>: <message>'; warnings are printed but do not fail.

Options:
      --normalize  print the validated Timeline (or Cohort) as JSON, every date resolved, for
                   renderers that skip validation (PatientTimelineView, @oncoline/core/render);
                   issues and warnings go to stderr
  -h, --help       show this help

Examples:
  oncoline validate seeds/*.json
  oncoline validate --normalize case.json > case.timeline.json

Exit codes: 0 every file valid, 1 some file invalid, 2 a file unreadable or not JSON.`,

  render: `Usage: oncoline render <file…> -o <path> [options]

Draw a patient timeline (or a cohort file's swimmer plot: one row per patient) as a standalone
SVG; as a PNG rasterized by resvg with the bundled DejaVu fonts (the same pixels on every
machine); as a vector PDF with DejaVu Sans embedded, one page per figure; or as an editable
PowerPoint deck, one 16:9 slide per figure, drawn as native shapes and text with alt text.
PDF and PowerPoint take several files: each patient is a page or slide, each cohort its swimmer
pages. The file is written atomically; nothing is written when any file is invalid. A cohort on
slides that does not fit one 1080-px page is written as <name>-p1, <name>-p2, … (SVG, PNG).

Options:
  -o, --output <path>    where to write (required); .svg .png .pdf .pptx picks the format
  -f, --format <format>  svg | png | pdf | pptx (default: from the --output extension)
  -t, --theme <theme>    ${THEME_NAMES.join(" | ")} (default: screen; journal with a
                         width in mm; slide for pptx)
      --width <size>     figure width in px (default: the theme's; slide 1920), or a print
                         width in mm: 85mm single column, 120mm 1.5 columns, 180mm double
                         (50mm to 1000mm; type stays at 6 pt or more at that size; the PDF
                         page, the SVG's size and a PNG's pixels follow)
      --height <px>      fit the figure into this height (default: the theme's; slide 1080)
      --axis <mode>      calendar | relative (default: calendar when the dates are known;
                         relative when dates count in days from an event dated to the year)
      --anchor <id>      event or diagnosis id a relative axis counts from (implies relative)
      --lab-scale <s>    auto | linear | log: lab tracks' scale (default: auto, log when the
                         values span two orders of magnitude)
      --scale <n>        PNG pixels per SVG pixel, 0.1 to 8 (default: 1)
      --dpi <n>          PNG resolution, 72 to 1200: mm / 25.4 × dpi pixels wide with a width
                         in mm (default 300 there), else 96 figure px per inch
  -h, --help             show this help

Cohort files (swimmer plot):
      --align <anchor>   diagnosis | line:<N> | class:<drug class> | event:<kind>
                         (default: diagnosis; table rows start at their stated interval)
      --sort <key>       duration | response | lines | survival | id | <any field> (default: duration)
      --order <dir>      asc | desc (default: desc; missing values last, ties in input order)
      --group <field>    one block per value of a field, with its n (e.g. sex, driver, arm)
      --unit <unit>      day | week | month | year (default: month)
      --waterfall        add a waterfall of each row's best % change of the target lesions

Examples:
  oncoline render case.json -o case.svg
  oncoline render cohort.json --align "class:ALK TKI" --group driver -o swimmer.png
  oncoline render case.json --theme slide -o tumor-board.png
  oncoline render case.json --axis relative --anchor alectinib -o since-alectinib.svg
  oncoline render case.json --width 85mm -o figure.pdf           # single journal column
  oncoline render case.json --width 180mm --dpi 600 -o figure.png
  oncoline render a.json b.json cohort.json -o tumor-board.pptx  # a slide per patient/page

Exit codes: 0 written, 1 invalid data (nothing written), 2 usage or file error.`,

  summary: `Usage: oncoline summary <file> [--json] [cohort options]

Print the derived clinical metrics of a patient timeline: lines of therapy (numbered by
Oncoline's rule when the source gives none), time on treatment, time to progression, best
response, time to resistance, and overall survival or follow-up. Durations are ranges when
the dates are fuzzy. For a cohort file: per group, n, objective response rate, CR/PR/SD/PD,
median duration with its range (a range of medians when dates are fuzzy).

Options:
      --json            print the summary as JSON (TimelineSummary or CohortSummary)
      --align <anchor>  cohorts: diagnosis | line:<N> | class:<drug class> | event:<kind>
      --group <field>   cohorts: one summary row per value of a field
      --unit <unit>     cohorts: day | week | month | year (default: month)
  -h, --help            show this help

Examples:
  oncoline summary case.json
  oncoline summary seeds/002-table1-alk-resistance-cohort.json --group sex
  oncoline summary case.json --json > summary.json

${EXIT_CODES}`,

  import: `Usage: oncoline import <format> <input> -o <out.json> [options]

Import real records as an Oncoline cohort (one patient timeline per patient) that 'validate'
and 'render' accept. Every problem is printed with its place ('<file>:<line>:<column>' for
tables, '<file>: <resource path>' for FHIR). The file is written atomically, and nothing is
written (an existing file is kept) when the input has errors.

Formats:
  cbioportal <folder|file>   a study folder's data_timeline_*.txt (+ meta files), one timeline
                             file, or the REST ClinicalEvent JSON (.json)
  fhir <bundle.json>         a FHIR R4 Bundle (mCODE STU1 to STU4, or plain R4)
  csv <table.csv> -m <map>   a long table (one row per event) and its JSON mapping file

Options:
  -o, --output <path>        where to write the cohort JSON (required)
  -m, --mapping <file.json>  csv: which column holds what (schema: csv-mapping.schema.json)
      --study-id <id>        cbioportal: study id for titles (default: from the meta files)
      --primary-site <site>  cbioportal: the day-0 diagnosis' site (the files do not state it)
  -h, --help                 show this help

Examples:
  oncoline import cbioportal studies/lgg_ucsf_2014 -o lgg.json
  oncoline import fhir patient-bundle.json -o patient.json
  oncoline import csv redcap-export.csv --mapping redcap-mapping.json -o cohort.json

Exit codes: 0 written, 1 errors in the input (nothing written), 2 usage or file error.`,
} as const;

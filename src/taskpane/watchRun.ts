import type { ExcelRun } from "./import/importer";

/**
 * Wraps Excel.run so the pane knows when Excel has not started a batch yet. With
 * `delayForCellEdit`, Excel holds the batch while the user edits a cell ("Delay execution while
 * Excel is in cell-edit mode",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit): the
 * first `context.sync()` of the run does not return. The pane says so only when that wait is
 * real (longer than `afterMs`), never on every run.
 */
export function watchRun(run: ExcelRun, onWaiting: (waiting: boolean) => void, afterMs = 1000): ExcelRun {
  return (options, batch) =>
    run(options, (context) => {
      let waiting = false;
      let started = false;
      const timer = setTimeout(() => {
        if (started) return;
        waiting = true;
        onWaiting(true);
      }, afterMs);
      const sync = context.sync.bind(context);
      const settle = () => {
        started = true;
        clearTimeout(timer);
        if (waiting) {
          waiting = false;
          onWaiting(false);
        }
      };
      context.sync = ((passThrough?: unknown) => {
        const result = sync(passThrough);
        if (started) return result;
        return result.then(
          (value) => {
            settle();
            return value;
          },
          (error: unknown) => {
            settle();
            throw error;
          },
        );
      }) as typeof context.sync;
      return batch(context).finally(settle);
    });
}

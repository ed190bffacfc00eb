import { freeSheetName, freeTableName } from "../import/names";
import { type CheckResult, describeError, type ExcelRun } from "./types";

/**
 * The self-test's own corner of the workbook: one sheet it creates under a free name, plus the
 * settings keys it adds. Nothing else is written; clean-up deletes exactly these, by id and key,
 * and then looks again to prove they are gone. A user sheet is never opened for writing.
 */
export const SCRATCH_SHEET = "AI self-test";
export const SETTING_PREFIX = "aiUnitEconomics.selftest.";

export class Scratch {
  sheetId: string | undefined;
  sheetName = SCRATCH_SHEET;
  readonly settingKeys: string[] = [];
  private takenTables: string[] = [];
  /** Set once the sheet's creation is queued: if its sync fails, the sheet may exist without an id. */
  private addQueued = false;

  constructor(private readonly run: ExcelRun) {}

  /** Creates the sheet (not activated: the user's view stays where it was). */
  async open(): Promise<void> {
    await this.run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      const names = context.workbook.names.load("items/name");
      await context.sync();
      this.sheetName = freeSheetName(SCRATCH_SHEET, sheets.items.map((s) => s.name));
      this.takenTables = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
      this.addQueued = true;
      const sheet = context.workbook.worksheets.add(this.sheetName);
      sheet.load("id");
      await context.sync();
      this.sheetId = sheet.id;
    });
  }

  tableName(wanted: string): string {
    const name = freeTableName(wanted, this.takenTables);
    this.takenTables.push(name);
    return name;
  }

  settingKey(): string {
    const key = `${SETTING_PREFIX}${Date.now().toString(36)}${this.settingKeys.length}`;
    this.settingKeys.push(key);
    return key;
  }

  /** The scratch sheet inside a batch; throws if it was never created. */
  sheet(context: Excel.RequestContext): Excel.Worksheet {
    if (this.sheetId === undefined) throw new Error("the self-test sheet was not created");
    return context.workbook.worksheets.getItem(this.sheetId);
  }

  /**
   * Removes the sheet and settings, then checks they are gone. Tried twice: the first attempt
   * can meet the same fault that ended a check.
   */
  async cleanUp(): Promise<CheckResult> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const left = await this.removeAndLook();
        if (left.length === 0) return { id: "cleanup", group: "cleanup", status: "pass", detail: !this.addQueued ? "nothing was created" : `removed the sheet "${this.sheetName}" and ${this.settingKeys.length} setting(s)` };
        lastError = new Error(`still in the workbook: ${left.join(", ")}`);
      } catch (error) {
        lastError = error;
      }
    }
    return { id: "cleanup", group: "cleanup", status: "fail", detail: `could not remove what the self-test created (${describeError(lastError)}); delete the sheet "${this.sheetName}" by hand` };
  }

  /**
   * The sheet by id; or, when the batch that created it failed before the id came back, by the
   * name it was given (a name that was free when the self-test chose it, so not the user's).
   */
  private scratchSheet(context: Excel.RequestContext): Excel.Worksheet | undefined {
    if (this.sheetId !== undefined) return context.workbook.worksheets.getItemOrNullObject(this.sheetId);
    return this.addQueued ? context.workbook.worksheets.getItemOrNullObject(this.sheetName) : undefined;
  }

  private async removeAndLook(): Promise<string[]> {
    return this.run({ delayForCellEdit: true }, async (context) => {
      const sheet = this.scratchSheet(context);
      const settings = this.settingKeys.map((k) => context.workbook.settings.getItemOrNullObject(k));
      await context.sync();
      if (sheet !== undefined && !sheet.isNullObject) sheet.delete();
      for (const s of settings) if (!s.isNullObject) s.delete();
      const again = this.scratchSheet(context);
      const settingsAgain = this.settingKeys.map((k) => context.workbook.settings.getItemOrNullObject(k));
      await context.sync();
      const left: string[] = [];
      if (again !== undefined && !again.isNullObject) left.push(`sheet "${this.sheetName}"`);
      settingsAgain.forEach((s, i) => {
        if (!s.isNullObject) left.push(`setting ${this.settingKeys[i]}`);
      });
      return left;
    });
  }
}

/** ExcelJS's Workbook class from its own module (see xlsx.ts), typed as the package entry types it. */
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';

  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}

export * from './ukDate.ts';
export * from './bankHolidays.ts';
export * from './workingDays.ts';
export * from './record.ts';
export * from './csv.ts';

export function renderHtml(_r: unknown): string { return '<!doctype html>'; }

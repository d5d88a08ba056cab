// Read pages only: edit pages have no loading boundary, so their 403 is the response's status, not streamed.
export { AdminLoading as default } from '@/components/admin/admin-loading';

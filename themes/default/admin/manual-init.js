// Loaded before decap-cms.js: Decap then waits for admin.js to call CMS.init(), so the backend
// adapter and the previews are registered before Decap reads its configuration.
window.CMS_MANUAL_INIT = true;

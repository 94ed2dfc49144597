// Foundation smoke: marks the page so e2e can see the content script ran. Replaced by the tagger.
document.documentElement.dataset.calmreplyActive = 'true';

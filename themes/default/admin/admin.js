// The site's web editor (Decap CMS, loaded by decap-cms.js before this file): adapts Decap's file
// names to the content folder's, registers previews that look like the site's pages, then starts
// Decap. A plain script with no build step, kept small enough to check by reading.
(function () {
  'use strict';

  var CMS = window.CMS;

  // ---------------------------------------------------------------------------------------------
  // Default-locale file names.
  //
  // With i18n `structure: multiple_files`, Decap names every locale's file slug.LOCALE.ext, the
  // default locale's too: it reads and writes content/case-studies/x.en.md and lists entries with
  // a regex on ".en.". The site keeps its English source as x.md beside the Welsh x.cy.md. So
  // between Decap and the backend every path is translated: Decap's x.en.md is the repository's
  // x.md, and the repository's x.md (a file whose name has no language part) is shown to Decap as
  // x.en.md; x.cy.md is the same on both sides. The repository never holds x.en.md, so this is a
  // one-to-one mapping. Decap allows i18n on files collections only with `single_file`, which
  // has no per-locale names, so only folder collections need it.

  var FORMAT_EXTENSIONS = { yml: 'yml', yaml: 'yml', toml: 'toml', json: 'json' };

  function endsWith(text, suffix) {
    return text.length >= suffix.length && text.slice(text.length - suffix.length) === suffix;
  }

  // The folder collections whose files are named per locale, from the (normalised) config that
  // Decap passes to the backend: folder, extension, locales and default locale of each.
  function localisedFolders(config) {
    return (config.collections || [])
      .filter(function (c) {
        return c.folder && c.i18n && c.i18n.structure === 'multiple_files';
      })
      .map(function (c) {
        var extension = (c.extension || FORMAT_EXTENSIONS[c.format] || 'md').replace(/^\./, '');
        return {
          folder: String(c.folder).replace(/^\/+|\/+$/g, '') + '/',
          extension: extension,
          locales: c.i18n.locales,
          defaultLocale: c.i18n.default_locale || c.i18n.locales[0],
        };
      });
  }

  function pathMapping(config) {
    var folders = localisedFolders(config);

    // A path in a localised folder as its folder, its path without extension and the locale its
    // name ends with (null for none): content/case-studies/x.cy.md -> (…, "…/x.cy", "cy").
    function parse(path) {
      for (var i = 0; i < folders.length; i++) {
        var f = folders[i];
        if (typeof path === 'string' && path.indexOf(f.folder) === 0 && endsWith(path, '.' + f.extension)) {
          var stem = path.slice(0, -(f.extension.length + 1));
          var name = stem.slice(stem.lastIndexOf('/') + 1);
          var locale = name.slice(name.lastIndexOf('.') + 1);
          return { f: f, stem: stem, locale: name.indexOf('.') >= 0 && f.locales.indexOf(locale) >= 0 ? locale : null };
        }
      }
      return null;
    }

    return {
      // Decap's x.en.md -> the repository's x.md.
      toRepo: function (path) {
        var p = parse(path);
        return p && p.locale === p.f.defaultLocale
          ? p.stem.slice(0, -(p.locale.length + 1)) + '.' + p.f.extension
          : path;
      },
      // The repository's x.md -> Decap's x.en.md; x.cy.md already names its locale.
      fromRepo: function (path) {
        var p = parse(path);
        return p && !p.locale ? p.stem + '.' + p.f.defaultLocale + '.' + p.f.extension : path;
      },
      // Whether Decap's path is a translation (x.cy.md), not a source.
      isTranslation: function (path) {
        var p = parse(path);
        return Boolean(p && p.locale && p.locale !== p.f.defaultLocale);
      },
    };
  }

  // Replaces the methods of a backend implementation that take or return entry paths; the others
  // (media, auth, workflow status, publishing, notes: they name entries by collection and slug)
  // are left as they are. Each is patched on the instance so `this` stays the implementation.
  function adaptPaths(impl, config) {
    var map = pathMapping(config);

    function entry(e) {
      return e && e.file ? Object.assign({}, e, { file: Object.assign({}, e.file, { path: map.fromRepo(e.file.path) }) }) : e;
    }

    // A new list of entries, keeping the symbol-keyed cursor that some backends attach to it.
    function entries(list) {
      if (!Array.isArray(list)) {
        return list;
      }
      var mapped = list.map(entry);
      Object.getOwnPropertySymbols(list).forEach(function (key) {
        mapped[key] = list[key];
      });
      return mapped;
    }

    function patch(name, wrap) {
      var inner = impl[name];
      if (typeof inner === 'function') {
        impl[name] = wrap(inner.bind(impl));
      }
    }

    patch('entriesByFolder', function (inner) {
      return function (folder, extension, depth) {
        return Promise.resolve(inner(folder, extension, depth)).then(entries);
      };
    });

    // Decap's pathRegex expects x.en.md names, so it is applied to the mapped paths.
    patch('allEntriesByFolder', function (inner) {
      return function (folder, extension, depth, pathRegex) {
        return Promise.resolve(inner(folder, extension, depth)).then(function (list) {
          return entries(list).filter(function (e) {
            return !pathRegex || pathRegex.test(e.file.path);
          });
        });
      };
    });

    patch('entriesByFiles', function (inner) {
      return function (files) {
        var repoFiles = files.map(function (f) {
          return Object.assign({}, f, { path: map.toRepo(f.path) });
        });
        return Promise.resolve(inner(repoFiles)).then(entries);
      };
    });

    patch('getEntry', function (inner) {
      return function (path) {
        return Promise.resolve(inner(map.toRepo(path))).then(entry);
      };
    });

    patch('traverseCursor', function (inner) {
      return function (cursor, action) {
        return Promise.resolve(inner(cursor, action)).then(function (result) {
          return Object.assign({}, result, { entries: entries(result.entries) });
        });
      };
    });

    // Decap also writes a file for a locale nobody filled in: "\n" on a new entry, "{}" once a
    // hidden control has touched it. Such a file is no translation, so it is not written.
    patch('persistEntry', function (inner) {
      return function (e, options) {
        var dataFiles = e.dataFiles.filter(function (file) {
          return !map.isTranslation(file.path) || !/^(\s|---|\{\})*$/.test(file.raw);
        }).map(function (file) {
          var repoFile = Object.assign({}, file, { path: map.toRepo(file.path) });
          if (file.newPath) {
            repoFile.newPath = map.toRepo(file.newPath);
          }
          return repoFile;
        });
        return inner(Object.assign({}, e, { dataFiles: dataFiles }), options);
      };
    });

    patch('deleteFiles', function (inner) {
      return function (paths, commitMessage) {
        return inner(paths.map(map.toRepo), commitMessage);
      };
    });

    // Editorial workflow: an unpublished entry lists its changed files (diffs), and Decap then
    // reads each data file by one of those paths.
    patch('unpublishedEntry', function (inner) {
      return function (args) {
        return Promise.resolve(inner(args)).then(function (result) {
          if (!result || !Array.isArray(result.diffs)) {
            return result;
          }
          return Object.assign({}, result, {
            diffs: result.diffs.map(function (d) {
              return Object.assign({}, d, { path: map.fromRepo(d.path) });
            }),
          });
        });
      };
    });

    patch('unpublishedEntryDataFile', function (inner) {
      return function (collection, slug, path, id) {
        return inner(collection, slug, map.toRepo(path), id);
      };
    });

    return impl;
  }

  // The github backend in production, and the proxy backend that `local_backend: true` switches
  // to when decap-server runs on the editor's machine.
  ['github', 'proxy'].forEach(function (name) {
    var registered = CMS.getBackend(name);
    if (!registered) {
      return;
    }
    var init = registered.init;
    registered.init = function (config, options) {
      return adaptPaths(init(config, options), config);
    };
  });

  // ---------------------------------------------------------------------------------------------
  // Fields a translation does not hold.
  //
  // Beside the Welsh side of the editor, Decap keeps the fields that are not translated (dates,
  // references) mounted but hidden, with the English values. A relation control reports its value
  // once its options have loaded, and Decap then stores that value in the Welsh data, so the
  // Welsh file would repeat the English references (an error: a translation gives only translated
  // fields). A hidden control has nothing to report, so that first report is skipped there.
  var relation = CMS.getWidget('relation');
  var RelationControl = relation && relation.control;
  if (RelationControl && RelationControl.prototype && RelationControl.prototype.triggerInitialOnChange) {
    var reportInitial = RelationControl.prototype.triggerInitialOnChange;
    RelationControl.prototype.triggerInitialOnChange = function () {
      var props = this.props;
      if (props.isFieldHidden && props.isFieldHidden(props.field)) {
        return undefined;
      }
      return reportInitial.apply(this, arguments);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Previews: the site's own stylesheet (its hashed name is on the admin page's body) and markup
  // with the class names of the site's article pages, so the preview looks like the page.

  var h = window.h;
  var createClass = window.createClass;

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  // A date as the site writes it (25 November 2026). A YYYY-MM-DD value is read as written, not
  // as UTC midnight, so no time zone can move it a day.
  function dateText(value) {
    if (!value) {
      return null;
    }
    var iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!parts) {
      return null;
    }
    return h('time', { dateTime: iso }, Number(parts[3]) + ' ' + MONTHS[Number(parts[2]) - 1] + ' ' + parts[1]);
  }

  function field(entry, path) {
    var value = entry.getIn(['data'].concat(path));
    return value === undefined || value === null || value === '' ? null : value;
  }

  function header(entry, kicker, byline) {
    return h('header', { className: 'page-header' },
      kicker && h('p', { className: 'kicker' }, kicker),
      h('h1', null, field(entry, ['title'])),
      byline,
      h('p', { className: 'lead' }, field(entry, ['summary'])));
  }

  var CaseStudyPreview = createClass({
    render: function () {
      var entry = this.props.entry;
      var date = dateText(field(entry, ['date']));
      var conditions = field(entry, ['transferability', 'conditions']);
      var adaptations = field(entry, ['transferability', 'adaptations']);
      return h('main', { id: 'main' },
        h('article', { className: 'wrap case-study' },
          header(entry, 'Case study'),
          date && h('dl', { className: 'summary-list' },
            h('div', { className: 'summary-row' }, h('dt', null, 'Published'), h('dd', null, date))),
          h('div', { className: 'prose' }, this.props.widgetFor('body')),
          (conditions || adaptations) && h('section', { className: 'transferability' },
            h('h2', null, 'Transferability'),
            conditions && h('h3', null, 'What made it work here'),
            conditions && h('p', null, conditions),
            adaptations && h('h3', null, 'What others would need to adapt'),
            adaptations && h('p', null, adaptations))));
    },
  });

  var NewsPreview = createClass({
    render: function () {
      var entry = this.props.entry;
      var date = dateText(field(entry, ['date']));
      return h('main', { id: 'main' },
        h('article', { className: 'wrap news' },
          header(entry, 'News', date && h('p', { className: 'byline' }, 'Published ', date)),
          h('div', { className: 'prose' }, this.props.widgetFor('body'))));
    },
  });

  var PagePreview = createClass({
    render: function () {
      var entry = this.props.entry;
      return h('main', { id: 'main' },
        h('article', { className: 'wrap page' },
          header(entry, null),
          h('div', { className: 'prose' }, this.props.widgetFor('body'))));
    },
  });

  if (document.body.dataset.previewCss) {
    CMS.registerPreviewStyle(document.body.dataset.previewCss);
  }
  CMS.registerPreviewTemplate('case-studies', CaseStudyPreview);
  CMS.registerPreviewTemplate('news', NewsPreview);
  CMS.registerPreviewTemplate('pages', PagePreview);

  // ---------------------------------------------------------------------------------------------
  // Empty values. Decap writes an optional field that was touched and cleared (a date's Clear
  // button, an emptied text box) as "", which the site's rules refuse (an empty date is no date);
  // a field left out is what the content model means by "not given", so "" is left out on save.
  var IS_MAP = '@@__IMMUTABLE_MAP__@@', IS_LIST = '@@__IMMUTABLE_LIST__@@';
  function withoutEmpty(value) {
    if (value && value[IS_MAP]) {
      return value.filter(function (v) { return v !== ''; }).map(withoutEmpty);
    }
    if (value && value[IS_LIST]) {
      return value.map(withoutEmpty);
    }
    return value;
  }
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) { return withoutEmpty(event.entry.get('data')); },
  });

  CMS.init();
})();

namespace LpipSite.Core.Model;

/// <summary>Computes <see cref="SiteRelations"/>. Lists keep the order of their source lists.</summary>
internal static class RelationsBuilder
{
    // Weights for related case studies: a shared method says most about transferable practice,
    // a shared place next, a shared theme least (themes are broad).
    internal const int MethodWeight = 3;
    internal const int PlaceWeight = 2;
    internal const int ThemeWeight = 1;

    public static SiteRelations Build(
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<Partnership> partnerships,
        IReadOnlyList<Place> places,
        IReadOnlyList<CaseStudy> caseStudies,
        IReadOnlyList<Method> methods,
        IReadOnlyList<TrainingResource> training,
        IReadOnlyList<NewsItem> news)
    {
        var placesById = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var methodsById = methods.ToDictionary(m => m.Id, StringComparer.Ordinal);

        var childPlaces = Group(places.Where(p => p.ParentId is not null), p => [p.ParentId!]);
        var enclosing = EnclosingPlaces(places, placesById);

        var byPlace = Group(caseStudies, c => c.PlaceIds.SelectMany(id => enclosing.GetValueOrDefault(id, [id])));
        var byNation = Group(caseStudies, c => c.PlaceIds.Select(id => placesById.GetValueOrDefault(id)?.Nation).OfType<string>());
        var byRegion = Group(caseStudies, c => c.PlaceIds.Select(id => placesById.GetValueOrDefault(id)?.RegionId).OfType<string>());
        var byMethod = Group(caseStudies, c => c.MethodIds);
        var byTheme = Group(caseStudies, c => c.ThemeIds);
        var byPartnership = Group(caseStudies, c => [c.PartnershipId]);
        var triedIn = Group(caseStudies, c => c.Transferability.TriedInPlaceIds);

        var partnershipsByPlace = Group(partnerships, p => p.PlaceIds.SelectMany(id => enclosing.GetValueOrDefault(id, [id])));
        var methodsByPlace = byPlace.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<Method>)kv.Value.SelectMany(c => c.MethodIds).Distinct(StringComparer.Ordinal)
                .Select(id => methodsById.GetValueOrDefault(id)).OfType<Method>()
                .OrderBy(m => m.Title, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);

        return new SiteRelations
        {
            OrganisationsById = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal),
            PartnershipsById = partnerships.ToDictionary(p => p.Id, StringComparer.Ordinal),
            PlacesById = placesById,
            CaseStudiesById = caseStudies.ToDictionary(c => c.Id, StringComparer.Ordinal),
            MethodsById = methodsById,
            TrainingById = training.ToDictionary(t => t.Id, StringComparer.Ordinal),
            CaseStudiesByPlace = byPlace,
            CaseStudiesByMethod = byMethod,
            CaseStudiesByTheme = byTheme,
            CaseStudiesByPartnership = byPartnership,
            CaseStudiesByNation = byNation,
            CaseStudiesByRegion = byRegion,
            CaseStudiesTriedInPlace = triedIn,
            PartnershipsByPlace = partnershipsByPlace,
            MethodsByPlace = methodsByPlace,
            NewsByPartnership = Group(news, n => n.PartnershipIds),
            TrainingByMethod = Group(training, t => t.MethodIds),
            ChildPlaces = childPlaces,
            RelatedCaseStudies = Related(caseStudies),
        };
    }

    /// <summary>
    /// For each place, itself plus every place that contains it (parents, and custom areas it is a
    /// constituent of), so a case study in Leeds also appears on Yorkshire and England.
    /// </summary>
    private static Dictionary<string, string[]> EnclosingPlaces(IReadOnlyList<Place> places, Dictionary<string, Place> byId)
    {
        var containers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (place.ParentId is not null)
            {
                Add(containers, place.Id, place.ParentId);
            }

            foreach (var member in place.ConstituentIds)
            {
                Add(containers, member, place.Id);
            }
        }

        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            var seen = new List<string> { place.Id };
            var queue = new Queue<string>([place.Id]);
            while (queue.Count > 0)
            {
                foreach (var up in containers.GetValueOrDefault(queue.Dequeue(), []))
                {
                    // The seen check also stops parent cycles (validation reports those).
                    if (!seen.Contains(up, StringComparer.Ordinal) && byId.ContainsKey(up))
                    {
                        seen.Add(up);
                        queue.Enqueue(up);
                    }
                }
            }

            result[place.Id] = [.. seen];
        }

        return result;

        static void Add(Dictionary<string, List<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
        }
    }

    private static Dictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys)
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keys(item).Distinct(StringComparer.Ordinal))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(item);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Scores every pair that shares a method or a place through an inverted index of those
    /// features. Themes are broad (each is shared by a large share of the corpus), so walking a
    /// theme's postings for every case study would make this quadratic; instead a candidate's
    /// shared themes are counted directly, and a case study whose fifth best candidate scores more
    /// than it could gain from themes alone (one point per theme it has) is decided without them.
    /// Otherwise it falls back to the exhaustive scan, so the result is always exactly the same:
    /// highest score first, ties by date then id, so the order never depends on threads.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<RelatedCaseStudy>> Related(IReadOnlyList<CaseStudy> caseStudies)
    {
        var features = Features(caseStudies);
        var postings = Postings(features);
        var themes = new string[caseStudies.Count][];
        for (var i = 0; i < caseStudies.Count; i++)
        {
            themes[i] = [.. features[i].Where(f => f.Weight == ThemeWeight).Select(f => f.Key)];
        }

        var result = new Dictionary<string, IReadOnlyList<RelatedCaseStudy>>(StringComparer.Ordinal);
        var scores = new int[caseStudies.Count];
        var touched = new List<int>();
        for (var i = 0; i < caseStudies.Count; i++)
        {
            foreach (var (key, weight) in features[i])
            {
                if (weight == ThemeWeight)
                {
                    continue;
                }

                Accumulate(postings[key], i, weight, scores, touched);
            }

            foreach (var j in touched)
            {
                foreach (var theme in themes[i])
                {
                    if (Array.IndexOf(themes[j], theme) >= 0)
                    {
                        scores[j] += ThemeWeight;
                    }
                }
            }

            var top = Top(touched, scores);
            var themeOnlyBest = themes[i].Length * ThemeWeight;
            var decided = top.Count == SiteModelFactory.RelatedCount && scores[top[^1]] > themeOnlyBest;
            foreach (var j in touched)
            {
                scores[j] = 0;
            }

            touched.Clear();
            result[caseStudies[i].Id] = decided
                ? [.. top.Select(j => new RelatedCaseStudy(caseStudies[j], ScoreOf(features[i], features[j])))]
                : RelatedExhaustive(caseStudies, i, features, postings, scores, touched);
        }

        return result;
    }

    /// <summary>The related case studies of every case study by the exhaustive scan (the reference for tests).</summary>
    internal static Dictionary<string, IReadOnlyList<RelatedCaseStudy>> RelatedExhaustive(IReadOnlyList<CaseStudy> caseStudies)
    {
        var features = Features(caseStudies);
        var postings = Postings(features);
        var scores = new int[caseStudies.Count];
        var touched = new List<int>();
        var result = new Dictionary<string, IReadOnlyList<RelatedCaseStudy>>(StringComparer.Ordinal);
        for (var i = 0; i < caseStudies.Count; i++)
        {
            result[caseStudies[i].Id] = RelatedExhaustive(caseStudies, i, features, postings, scores, touched);
        }

        return result;
    }

    /// <summary>Adds a feature's weight to every other case study that has it, noting the ones first touched.</summary>
    private static void Accumulate(List<int> posting, int self, int weight, int[] scores, List<int> touched)
    {
        foreach (var j in posting)
        {
            if (j == self)
            {
                continue;
            }

            if (scores[j] == 0)
            {
                touched.Add(j);
            }

            scores[j] += weight;
        }
    }

    private static List<RelatedCaseStudy> RelatedExhaustive(
        IReadOnlyList<CaseStudy> caseStudies, int i, List<(string Key, int Weight)>[] features, Dictionary<string, List<int>> postings, int[] scores, List<int> touched)
    {
        foreach (var (key, weight) in features[i])
        {
            Accumulate(postings[key], i, weight, scores, touched);
        }

        var related = Top(touched, scores).Select(j => new RelatedCaseStudy(caseStudies[j], scores[j])).ToList();
        foreach (var j in touched)
        {
            scores[j] = 0;
        }

        touched.Clear();
        return related;
    }

    /// <summary>
    /// The best few by score, then by index (caseStudies is sorted newest first then by id, so index
    /// order is the tie-break). A method or place shared by many case studies touches hundreds, so
    /// this keeps a short sorted list instead of sorting them all.
    /// </summary>
    private static List<int> Top(List<int> touched, int[] scores)
    {
        var count = SiteModelFactory.RelatedCount;
        var best = new List<int>(count + 1);
        foreach (var j in touched)
        {
            var at = best.Count;
            while (at > 0 && (scores[j] > scores[best[at - 1]] || (scores[j] == scores[best[at - 1]] && j < best[at - 1])))
            {
                at--;
            }

            if (at < count)
            {
                best.Insert(at, j);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return best;
    }

    private static int ScoreOf(List<(string Key, int Weight)> a, List<(string Key, int Weight)> b)
    {
        var score = 0;
        foreach (var (key, weight) in a)
        {
            if (b.Exists(f => string.Equals(f.Key, key, StringComparison.Ordinal)))
            {
                score += weight;
            }
        }

        return score;
    }

    private static List<(string Key, int Weight)>[] Features(IReadOnlyList<CaseStudy> caseStudies)
    {
        var features = new List<(string Key, int Weight)>[caseStudies.Count];
        for (var i = 0; i < caseStudies.Count; i++)
        {
            var c = caseStudies[i];
            features[i] = c.MethodIds.Distinct(StringComparer.Ordinal).Select(m => ("m:" + m, MethodWeight))
                .Concat(c.PlaceIds.Distinct(StringComparer.Ordinal).Select(p => ("p:" + p, PlaceWeight)))
                .Concat(c.ThemeIds.Distinct(StringComparer.Ordinal).Select(t => ("t:" + t, ThemeWeight)))
                .ToList();
        }

        return features;
    }

    private static Dictionary<string, List<int>> Postings(List<(string Key, int Weight)>[] features)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            foreach (var (key, _) in features[i])
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(i);
            }
        }

        return postings;
    }
}
